import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Page } from '../common/pagination.js';
import { CreateTutorDto, TutorListQueryDto, TutorView, UpdateTutorDto } from './tutor.dto.js';
import { TutorWithLoad } from './tutor.repository.js';
import { TutorsService } from './tutors.service.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';

@ApiTags('tutors')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('tutors')
export class TutorsController {
  constructor(private readonly tutors: TutorsService) {}

  @Post()
  @ApiOkResponse({ type: TutorView })
  create(@Body() dto: CreateTutorDto): Promise<TutorWithLoad> {
    return this.tutors.create(dto);
  }

  @Get()
  list(@Query() query: TutorListQueryDto): Promise<Page<TutorWithLoad>> {
    return this.tutors.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: TutorView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<TutorWithLoad> {
    return this.tutors.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: TutorView })
  update(@Param('id', ParseUUIDPipe) id: string, @PatchBody() dto: UpdateTutorDto, @CurrentUser() user: AuthUser): Promise<TutorWithLoad> {
    return this.tutors.update(id, dto, user);
  }
}

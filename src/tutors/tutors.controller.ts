import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page } from '../common/pagination.js';
import { CreateTutorDto, TutorListQueryDto, UpdateTutorDto } from './tutor.dto.js';
import { TutorView } from './tutor.response.js';
import { TutorsService } from './tutors.service.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';

@ApiTags('tutors')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('tutors')
export class TutorsController {
  constructor(private readonly tutors: TutorsService) {}

  @Post()
  @ApiCreatedResponse({ type: TutorView })
  async create(@Body() dto: CreateTutorDto): Promise<TutorView> {
    return TutorView.from(await this.tutors.create(dto));
  }

  @Get()
  @ApiOkResponse({ type: PageOf(TutorView) })
  async list(@Query() query: TutorListQueryDto): Promise<Page<TutorView>> {
    return mapPage(await this.tutors.list(query), TutorView.from);
  }

  @Get(':id')
  @ApiOkResponse({ type: TutorView })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<TutorView> {
    return TutorView.from(await this.tutors.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: TutorView })
  async update(@Param('id', ParseUUIDPipe) id: string, @PatchBody() dto: UpdateTutorDto, @CurrentUser() user: AuthUser): Promise<TutorView> {
    return TutorView.from(await this.tutors.update(id, dto, user));
  }
}

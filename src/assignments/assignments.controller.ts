import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Page } from '../common/pagination.js';
import { Assignment } from './assignment.entity.js';
import { AssignmentListQueryDto, AssignmentView, CreateAssignmentDto, EndAssignmentDto, UpdateAssignmentDto } from './assignment.dto.js';
import { AssignmentsService } from './assignments.service.js';

@ApiTags('assignments')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Post()
  @ApiCreatedResponse({ type: AssignmentView })
  create(@Body() dto: CreateAssignmentDto, @CurrentUser() user: AuthUser): Promise<Assignment> {
    return this.assignments.create(dto, user);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AssignmentView })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAssignmentDto): Promise<Assignment> {
    return this.assignments.setPinned(id, dto.pinned);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentView })
  end(@Param('id', ParseUUIDPipe) id: string, @Body() dto: EndAssignmentDto, @CurrentUser() user: AuthUser): Promise<Assignment> {
    return this.assignments.end(id, dto.reason, user);
  }

  @Get()
  list(@Query() query: AssignmentListQueryDto): Promise<Page<Assignment>> {
    return this.assignments.list(query);
  }
}

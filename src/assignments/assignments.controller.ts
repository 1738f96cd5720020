import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page } from '../common/pagination.js';
import { AssignmentListQueryDto, CreateAssignmentDto, EndAssignmentDto, UpdateAssignmentDto } from './assignment.dto.js';
import { AssignmentView } from './assignment.response.js';
import { AssignmentsService } from './assignments.service.js';

@ApiTags('assignments')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Post()
  @ApiCreatedResponse({ type: AssignmentView })
  async create(@Body() dto: CreateAssignmentDto, @CurrentUser() user: AuthUser): Promise<AssignmentView> {
    return AssignmentView.from(await this.assignments.create(dto, user));
  }

  @Patch(':id')
  @ApiOkResponse({ type: AssignmentView })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAssignmentDto): Promise<AssignmentView> {
    return AssignmentView.from(await this.assignments.setPinned(id, dto.pinned));
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentView })
  async end(@Param('id', ParseUUIDPipe) id: string, @Body() dto: EndAssignmentDto, @CurrentUser() user: AuthUser): Promise<AssignmentView> {
    return AssignmentView.from(await this.assignments.end(id, dto.reason, user));
  }

  @Get()
  @ApiOkResponse({ type: PageOf(AssignmentView) })
  async list(@Query() query: AssignmentListQueryDto): Promise<Page<AssignmentView>> {
    return mapPage(await this.assignments.list(query), AssignmentView.from);
  }
}

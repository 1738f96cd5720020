import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page, PageQueryDto } from '../common/pagination.js';
import { CourseProgressItemDto, CreateCourseDto } from './course.dto.js';
import { CourseProgressResultView, CourseView } from './course.response.js';
import { CoursesService } from './courses.service.js';

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Post('courses')
  @Roles('coordinator')
  @ApiCreatedResponse({ type: CourseView })
  async create(@Body() dto: CreateCourseDto): Promise<CourseView> {
    return CourseView.from(await this.courses.create(dto));
  }

  @Get('courses')
  @ApiOkResponse({ type: PageOf(CourseView) })
  async list(@Query() page: PageQueryDto): Promise<Page<CourseView>> {
    return mapPage(await this.courses.list(page), CourseView.from);
  }

  @Post('course-progress')
  @Roles('coordinator')
  @HttpCode(202)
  @ApiBody({ type: CourseProgressItemDto, isArray: true })
  @ApiAcceptedResponse({ type: CourseProgressResultView })
  async recordProgress(@Body() body: unknown): Promise<CourseProgressResultView> {
    return CourseProgressResultView.from(await this.courses.recordProgress(body));
  }
}

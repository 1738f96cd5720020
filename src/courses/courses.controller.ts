import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { Course } from './course.entity.js';
import { CourseProgressItemDto, CourseProgressResultView, CreateCourseDto } from './course.dto.js';
import { CoursesService, ProgressResult } from './courses.service.js';

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Post('courses')
  @Roles('coordinator')
  create(@Body() dto: CreateCourseDto): Promise<Course> {
    return this.courses.create(dto);
  }

  @Get('courses')
  list(@Query() page: PageQueryDto): Promise<Page<Course>> {
    return this.courses.list(page);
  }

  @Post('course-progress')
  @Roles('coordinator')
  @HttpCode(202)
  @ApiBody({ type: CourseProgressItemDto, isArray: true })
  @ApiAcceptedResponse({ type: CourseProgressResultView })
  recordProgress(@Body() body: unknown): Promise<ProgressResult> {
    return this.courses.recordProgress(body);
  }
}

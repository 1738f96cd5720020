import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import type { CourseProgress } from './course-progress.entity.js';
import type { Course } from './course.entity.js';
import type { ProgressResult } from './courses.service.js';

export class CourseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DM-101' }) code: string;
  @ApiProperty({ example: 'Digital marketing basics' }) title: string;
  @ApiProperty({ description: 'required courses decide graduation' }) required: boolean;
  @ApiProperty() createdAt: Date;

  static from(course: Course): CourseView {
    return pickDocumented(CourseView, course);
  }
}

/** An SME's progress in one course, as the training platform last reported it. */
export class CourseProgressView {
  @ApiProperty({ format: 'uuid' }) smeId: string;
  @ApiProperty({ example: 'DM-101' }) courseCode: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progressPercent: number;
  @ApiProperty({ nullable: true, type: Date, description: 'the first completion' }) completedAt: Date | null;

  static from(progress: CourseProgress): CourseProgressView {
    return pickDocumented(CourseProgressView, progress);
  }
}

export class RejectedProgressView {
  @ApiProperty({ description: 'the row’s index in the body' }) index: number;
  @ApiProperty({ example: 'COURSE_NOT_FOUND', enum: ['VALIDATION_FAILED', 'SME_NOT_FOUND', 'COURSE_NOT_FOUND'] }) code: string;
}

export class CourseProgressResultView {
  @ApiProperty({ description: 'rows stored' }) accepted: number;
  @ApiProperty({ type: RejectedProgressView, isArray: true }) rejected: RejectedProgressView[];

  static from(result: ProgressResult): CourseProgressResultView {
    return pickDocumented(CourseProgressResultView, result);
  }
}

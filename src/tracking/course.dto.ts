import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsTimestamp } from '../common/validators/calendar-date.validator.js';

export const COURSE_CODE_PATTERN = /^[A-Za-z0-9_-]{1,50}$/;

export class CreateCourseDto {
  @ApiProperty({ example: 'DM-101', description: '1-50 letters, digits, _ or -' })
  @Matches(COURSE_CODE_PATTERN, { message: 'code must be 1-50 letters, digits, _ or -' })
  code: string;

  @ApiProperty({ example: 'Digital marketing basics' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: true, description: 'required courses decide graduation' })
  @IsBoolean()
  required: boolean;
}

export class CourseProgressItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  smeId: string;

  @ApiProperty({ example: 'DM-101' })
  @Matches(COURSE_CODE_PATTERN, { message: 'courseCode must be a course code' })
  courseCode: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercent: number;

  @ApiPropertyOptional({ example: '2026-11-20T08:00:00Z' })
  @IsOptional()
  @IsTimestamp()
  completedAt?: string;
}

import { Module } from '@nestjs/common';
import { CourseRepository } from './course.repository.js';
import { FlagRepository } from './flag.repository.js';

/** Courses, course progress and flags: their data access, for the pages that show them. */
@Module({ providers: [CourseRepository, FlagRepository], exports: [CourseRepository, FlagRepository] })
export class TrackingRecordsModule {}

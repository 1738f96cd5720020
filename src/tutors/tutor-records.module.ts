import { Module } from '@nestjs/common';
import { AssignmentRecordsModule } from '../assignments/assignment-records.module.js';
import { TutorRepository } from './tutor.repository.js';

/** The tutor table's data access; a tutor's load is read from the assignments. */
@Module({ imports: [AssignmentRecordsModule], providers: [TutorRepository], exports: [TutorRepository] })
export class TutorRecordsModule {}

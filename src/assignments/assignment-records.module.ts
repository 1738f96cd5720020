import { Module } from '@nestjs/common';
import { AssignmentRepository } from './assignment.repository.js';

/** The assignment table's data access, for every feature that reads or writes pairs. */
@Module({ providers: [AssignmentRepository], exports: [AssignmentRepository] })
export class AssignmentRecordsModule {}

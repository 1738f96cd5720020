import { Module } from '@nestjs/common';
import { NotifierModule } from '../notifications/notifier.module.js';
import { SmeRecordsModule } from '../smes/sme-records.module.js';
import { TutorRecordsModule } from '../tutors/tutor-records.module.js';
import { AssignmentRecordsModule } from './assignment-records.module.js';
import { AssignmentsController } from './assignments.controller.js';
import { AssignmentsService } from './assignments.service.js';

/** Placing an SME with a tutor and ending pairs, for the coordinators' routes and every feature that ends pairs. */
@Module({
  imports: [AssignmentRecordsModule, TutorRecordsModule, SmeRecordsModule, NotifierModule],
  controllers: [AssignmentsController],
  providers: [AssignmentsService],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}

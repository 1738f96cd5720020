import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { CourseCompletionService } from '../courses/course-completion.service.js';
import { ScheduleInstaller } from '../jobs/schedule-installer.js';
import { FlagReconciler } from './flag-reconciler.service.js';
import { FlagSweepService } from './flag-sweep.service.js';
import { SmeFactsLoader } from './sme-facts.loader.js';
import { TrackingProcessor } from './tracking.processor.js';

/** Course-completion tracking and the flag sweep: the tracking queue's consumer and the services behind it. */
@Module({
  imports: [AssignmentsModule],
  providers: [SmeFactsLoader, FlagReconciler, CourseCompletionService, FlagSweepService, TrackingProcessor, ScheduleInstaller],
  exports: [CourseCompletionService, FlagSweepService],
})
export class TrackingModule {}

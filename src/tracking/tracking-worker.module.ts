import { Module } from '@nestjs/common';
import { AssignmentRecordsModule } from '../assignments/assignment-records.module.js';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { ScheduleInstaller } from '../jobs/schedule-installer.js';
import { NotifierModule } from '../notifications/notifier.module.js';
import { SessionRecordsModule } from '../sessions/session-records.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SmeRecordsModule } from '../smes/sme-records.module.js';
import { CourseCompletionService } from './course-completion.service.js';
import { FlagReconciler } from './flag-reconciler.service.js';
import { FlagSweepService } from './flag-sweep.service.js';
import { SmeFactsLoader } from './sme-facts.loader.js';
import { TrackingProcessor } from './tracking.processor.js';
import { TrackingRecordsModule } from './tracking-records.module.js';

/** Course-completion tracking and the flag sweep: the tracking queue's consumer and the services behind it. */
@Module({
  imports: [TrackingRecordsModule, SmeRecordsModule, AssignmentRecordsModule, SessionRecordsModule, AssignmentsModule, SettingsModule, NotifierModule],
  providers: [SmeFactsLoader, FlagReconciler, CourseCompletionService, FlagSweepService, TrackingProcessor, ScheduleInstaller],
  exports: [CourseCompletionService, FlagSweepService],
})
export class TrackingWorkerModule {}

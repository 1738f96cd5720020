import { Module } from '@nestjs/common';
import { AssignmentRecordsModule } from '../assignments/assignment-records.module.js';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { SessionRecordsModule } from '../sessions/session-records.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SmeRecordsModule } from '../smes/sme-records.module.js';
import { TrackingRecordsModule } from '../tracking/tracking-records.module.js';
import { TutorPortalController } from './tutor-portal.controller.js';
import { TutorPortalService } from './tutor-portal.service.js';
import { TutorRecordsModule } from './tutor-records.module.js';
import { TutorsController } from './tutors.controller.js';
import { TutorsService } from './tutors.service.js';

@Module({
  imports: [TutorRecordsModule, AssignmentRecordsModule, SmeRecordsModule, TrackingRecordsModule, SessionRecordsModule, AssignmentsModule, SettingsModule],
  controllers: [TutorsController, TutorPortalController],
  providers: [TutorsService, TutorPortalService],
})
export class TutorsModule {}

import { Module } from '@nestjs/common';
import { AssignmentRecordsModule } from '../assignments/assignment-records.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { TutorRecordsModule } from '../tutors/tutor-records.module.js';
import { SessionRecordsModule } from './session-records.module.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [SessionRecordsModule, AssignmentRecordsModule, TutorRecordsModule, SettingsModule],
  controllers: [SessionsController],
  providers: [SessionsService],
})
export class SessionsModule {}

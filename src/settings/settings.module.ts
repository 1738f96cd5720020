import { Module } from '@nestjs/common';
import { TutorRecordsModule } from '../tutors/tutor-records.module.js';
import { SettingsController } from './settings.controller.js';
import { SettingsRepository } from './settings.repository.js';
import { SettingsService } from './settings.service.js';

/** The program settings: their route, and the one reader every feature that depends on a setting imports. */
@Module({
  imports: [TutorRecordsModule],
  controllers: [SettingsController],
  providers: [SettingsService, SettingsRepository],
  exports: [SettingsService],
})
export class SettingsModule {}

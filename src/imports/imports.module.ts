import { Module } from '@nestjs/common';
import { AssignmentRecordsModule } from '../assignments/assignment-records.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SmeRecordsModule } from '../smes/sme-records.module.js';
import { TutorRecordsModule } from '../tutors/tutor-records.module.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';
import { ProgramExport } from './program-export.js';

@Module({
  imports: [TutorRecordsModule, SmeRecordsModule, AssignmentRecordsModule, SettingsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ProgramExport],
})
export class ImportsModule {}

import { Module } from '@nestjs/common';
import { AssignmentRecordsModule } from '../assignments/assignment-records.module.js';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { TrackingRecordsModule } from '../tracking/tracking-records.module.js';
import { TutorRecordsModule } from '../tutors/tutor-records.module.js';
import { SmePortalController } from './sme-portal.controller.js';
import { SmePortalRepository } from './sme-portal.repository.js';
import { SmePortalService } from './sme-portal.service.js';
import { SmeRecordsModule } from './sme-records.module.js';
import { SmesController } from './smes.controller.js';
import { SmeCandidatesPool } from './sme-candidates.pool.js';
import { SmeCandidatesService } from './sme-candidates.service.js';
import { SmesService } from './smes.service.js';

@Module({
  imports: [SmeRecordsModule, AssignmentRecordsModule, TutorRecordsModule, TrackingRecordsModule, AssignmentsModule, SettingsModule],
  controllers: [SmesController, SmePortalController],
  providers: [SmesService, SmePortalService, SmePortalRepository, SmeCandidatesService, SmeCandidatesPool],
})
export class SmesModule {}

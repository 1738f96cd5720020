import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { SmePortalController } from './sme-portal.controller.js';
import { SmePortalService } from './sme-portal.service.js';
import { SmesController } from './smes.controller.js';
import { SmeCandidatesService } from './sme-candidates.service.js';
import { SmesService } from './smes.service.js';

@Module({ imports: [AssignmentsModule], controllers: [SmesController, SmePortalController], providers: [SmesService, SmePortalService, SmeCandidatesService] })
export class SmesModule {}

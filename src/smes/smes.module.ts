import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { SmePortalController } from './sme-portal.controller.js';
import { SmePortalService } from './sme-portal.service.js';
import { SmesController } from './smes.controller.js';
import { SmeCandidatesPool } from './sme-candidates.pool.js';
import { SmeCandidatesService } from './sme-candidates.service.js';
import { SmesService } from './smes.service.js';

@Module({ imports: [AssignmentsModule], controllers: [SmesController, SmePortalController], providers: [SmesService, SmePortalService, SmeCandidatesService, SmeCandidatesPool] })
export class SmesModule {}

import { Module } from '@nestjs/common';
import { AssignmentRecordsModule } from '../assignments/assignment-records.module.js';
import { NotifierModule } from '../notifications/notifier.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SmeRecordsModule } from '../smes/sme-records.module.js';
import { TutorRecordsModule } from '../tutors/tutor-records.module.js';
import { ProgramSnapshotRepository } from './program-snapshot.repository.js';
import { RebalanceApplier } from './rebalance-applier.js';
import { RebalanceRepository } from './rebalance.repository.js';
import { RebalanceRunner } from './rebalance-runner.js';
import { RebalancesController } from './rebalances.controller.js';
import { RebalancesService } from './rebalances.service.js';
import { SolveThread } from './solve/solve-thread.js';

const SERVICES = [RebalanceRepository, ProgramSnapshotRepository, RebalanceApplier, RebalanceRunner, RebalancesService, SolveThread];

@Module({
  imports: [AssignmentRecordsModule, TutorRecordsModule, SmeRecordsModule, SettingsModule, NotifierModule],
  controllers: [RebalancesController],
  providers: SERVICES,
  exports: SERVICES,
})
export class RebalanceModule {}

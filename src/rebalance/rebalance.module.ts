import { Module } from '@nestjs/common';
import { ProgramSnapshotRepository } from './program-snapshot.repository.js';
import { RebalanceApplier } from './rebalance-applier.js';
import { RebalanceRepository } from './rebalance.repository.js';
import { RebalanceRunner } from './rebalance-runner.js';
import { RebalancesController } from './rebalances.controller.js';
import { RebalancesService } from './rebalances.service.js';
import { SolveThread } from './solve/solve-thread.js';

const SERVICES = [RebalanceRepository, ProgramSnapshotRepository, RebalanceApplier, RebalanceRunner, RebalancesService, SolveThread];

@Module({ controllers: [RebalancesController], providers: SERVICES, exports: SERVICES })
export class RebalanceModule {}

import type { Type } from '@nestjs/common';
import { TrackingModule } from './flags/tracking.module.js';
import { RebalanceWorkerModule } from './rebalance/rebalance-worker.module.js';

/** Modules that hold queue processors; filled in as features gain jobs. */
export const WORKER_MODULES: Type[] = [RebalanceWorkerModule, TrackingModule];

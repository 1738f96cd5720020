import type { Type } from '@nestjs/common';
import { RebalanceWorkerModule } from './rebalance/rebalance-worker.module.js';

/** Modules that hold queue processors; filled in as features gain jobs. */
export const WORKER_MODULES: Type[] = [RebalanceWorkerModule];

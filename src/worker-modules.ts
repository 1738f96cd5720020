import type { DynamicModule, Type } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module.js';
import { RebalanceWorkerModule } from './rebalance/rebalance-worker.module.js';
import { TrackingWorkerModule } from './tracking/tracking-worker.module.js';

/** Modules that hold queue processors; filled in as features gain jobs. */
export function workerModules(config: AppConfig): (Type | DynamicModule)[] {
  return [RebalanceWorkerModule.forConfig(config), TrackingWorkerModule, NotificationsWorkerModule];
}

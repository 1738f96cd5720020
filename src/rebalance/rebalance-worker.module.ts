import { Processor } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { workerLockOptions } from '../jobs/job-lock.js';
import { REBALANCE_QUEUE } from '../jobs/queues.js';
import { SettingsModule } from '../settings/settings.module.js';
import { RebalanceModule } from './rebalance.module.js';
import { RebalanceProcessor } from './rebalance.processor.js';

/** The rebalance queue's consumer; loaded only by processes that run workers. */
@Module({})
export class RebalanceWorkerModule {
  /** A worker's options are fixed by its @Processor decorator, so the processor is declared here, where the configuration is known. */
  static forConfig(config: AppConfig): DynamicModule {
    @Processor(REBALANCE_QUEUE, { concurrency: 1, ...workerLockOptions(config.jobLockSeconds) })
    class ConfiguredRebalanceProcessor extends RebalanceProcessor {}
    return { module: RebalanceWorkerModule, imports: [RebalanceModule, SettingsModule], providers: [ConfiguredRebalanceProcessor] };
  }
}

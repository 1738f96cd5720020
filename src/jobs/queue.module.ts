import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { SettingsModule } from '../settings/settings.module.js';
import { JobEnqueuer } from './job-enqueuer.js';
import { JobOutbox } from './job-outbox.js';
import { DEFAULT_JOB_OPTIONS, NOTIFICATIONS_QUEUE, REBALANCE_QUEUE, TRACKING_QUEUE } from './queues.js';

/** The queues every process can add to; only worker processes also consume them. */
@Global()
@Module({
  imports: [
    SettingsModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl },
        prefix: config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue({ name: REBALANCE_QUEUE }, { name: TRACKING_QUEUE }, { name: NOTIFICATIONS_QUEUE }),
  ],
  providers: [JobEnqueuer, JobOutbox],
  exports: [BullModule, JobEnqueuer, JobOutbox],
})
export class QueueModule {}

import { DynamicModule, Module } from '@nestjs/common';
import { AssignmentsModule } from './assignments/assignments.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { QueueModule } from './jobs/queue.module.js';
import { WorkersModule } from './jobs/workers.module.js';
import { workerModules } from './worker-modules.js';
import { RebalanceModule } from './rebalance/rebalance.module.js';
import { RegionsModule } from './regions/regions.module.js';
import { RedisModule } from './redis/redis.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { TrackingModule } from './tracking/tracking.module.js';
import { PROGRAM_SCHEMA } from './program-schema.js';
import { SmesModule } from './smes/smes.module.js';
import { TutorsModule } from './tutors/tutors.module.js';

/** Modules shared by the API process and the worker process. */
export function coreModules(config: AppConfig) {
  return [
    ConfigModule.forRoot(config),
    DatabaseModule.forRoot(PROGRAM_SCHEMA),
    RedisModule,
    QueueModule,
    ...(config.workers ? [WorkersModule.with(workerModules(config))] : []),
  ];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...coreModules(config),
        AuthModule,
        TutorsModule,
        SmesModule,
        TrackingModule,
        AssignmentsModule,
        SessionsModule,
        SettingsModule,
        ReportsModule,
        ImportsModule,
        RebalanceModule,
        RegionsModule,
        HealthModule,
        NotificationsModule,
      ],
    };
  }
}

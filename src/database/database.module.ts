import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { Clock } from '../common/clock.js';
import { ProgramEvents } from '../common/program-events.js';
import { REPOSITORIES } from './repositories.js';
import { UnitOfWork } from './unit-of-work.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.database),
    }),
  ],
  providers: [UnitOfWork, Clock, ProgramEvents, ...REPOSITORIES],
  exports: [UnitOfWork, Clock, ProgramEvents, ...REPOSITORIES],
})
export class DatabaseModule {}

import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Clock } from '../common/clock.js';
import { ProgramEvents } from '../common/program-events.js';
import { dataSourceOptions, type ProgramSchema } from './data-source-options.js';
import { UnitOfWork } from './unit-of-work.js';

/** The data source of the program's schema, with the transactions, the clock and the change events every feature shares. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(schema: ProgramSchema): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config.database, schema),
        }),
      ],
      providers: [UnitOfWork, Clock, ProgramEvents],
      exports: [UnitOfWork, Clock, ProgramEvents],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { coreModules } from './app.module.js';
import type { AppConfig } from './config/app-config.js';

@Module({})
export class WorkerAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerAppModule, imports: coreModules({ ...config, workers: true }) };
  }
}

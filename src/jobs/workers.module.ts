import { DynamicModule, Module, Type } from '@nestjs/common';

/**
 * The queue consumers. A process gets them only when it runs workers (WORKERS=true, or
 * `npm run start:worker`), so API-only processes never take jobs.
 */
@Module({})
export class WorkersModule {
  static with(modules: (Type | DynamicModule)[]): DynamicModule {
    return { module: WorkersModule, imports: modules };
  }
}

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { boundShutdown } from './common/bounded-shutdown.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { migrate } from './database/migrate.js';
import { WorkerAppModule } from './worker-app.module.js';
import { createPino, PinoLogger } from './logging/pino-logger.js';

/** Workers only, no HTTP: scale these out against one Redis and one database. */
async function main(): Promise<void> {
  const config = { ...loadConfig(), workers: true };
  await migrate(config.database);
  const app = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(config), { logger: new PinoLogger(createPino(config.logLevel)) });
  app.enableShutdownHooks();
  boundShutdown();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});

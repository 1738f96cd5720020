import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config.js';
import { WorkerAppModule } from './worker-app.module.js';
import { createPino, PinoLogger } from './logging/pino-logger.js';

/** Workers only, no HTTP: scale these out against one Redis and one database. */
async function main(): Promise<void> {
  const config = { ...loadConfig(), workers: true };
  const app = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(config), { logger: new PinoLogger(createPino(config.logLevel)) });
  app.enableShutdownHooks();
  await app.get(DataSource).runMigrations({ transaction: 'all' });
  await app.init();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});

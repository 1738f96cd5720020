import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { AuthService } from './auth/auth.service.js';
import { boundShutdown } from './common/bounded-shutdown.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { migrate } from './database/migrate.js';
import { createHttpApp } from './http-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await migrate(config.database);
  const app = await createHttpApp(config);
  boundShutdown();
  if (config.bootstrapCoordinator) {
    await app.get(AuthService).bootstrapCoordinator(config.bootstrapCoordinator.login, config.bootstrapCoordinator.password);
  }
  await app.listen(config.port);
  const { port } = app.getHttpServer().address() as AddressInfo;
  new Logger('Kakak Asuh').log(`Listening on http://localhost:${port}: the API under /api, its documentation at /docs`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});

import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AuthService } from './auth/auth.service.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createHttpApp } from './http-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createHttpApp(config);
  await app.get(DataSource).runMigrations({ transaction: 'all' });
  if (config.bootstrapCoordinator) {
    await app.get(AuthService).bootstrapCoordinator(config.bootstrapCoordinator.login, config.bootstrapCoordinator.password);
  }
  await app.listen(config.port);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});

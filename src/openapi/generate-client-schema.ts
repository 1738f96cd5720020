import { loadConfig } from '../config/app-config.js';
import { createHttpApp } from '../http-app.js';
import { clientSchemaSource } from './client-schema.js';
import { createOpenApiDocument } from './openapi-document.js';

/** The source of the pages' API types, from the app built on an empty in-memory database and never served. */
export async function generateClientSchema(): Promise<string> {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', JWT_SECRET: 'api-types-'.padEnd(32, 'x'), LOG_LEVEL: 'silent', WORKERS: 'false' });
  const app = await createHttpApp(config);
  try {
    return clientSchemaSource(createOpenApiDocument(app));
  } finally {
    await app.close();
  }
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';

/**
 * The suite runs on the database DATABASE_URL names (PostgreSQL in CI's second pass),
 * else on a fresh SQLite file per test file. Redis is the real local one.
 */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  const sqliteFile = join(mkdtempSync(join(tmpdir(), 'kakak-asuh-test-')), 'test.sqlite');
  return loadConfig({
    DATABASE_URL: process.env.DATABASE_URL || `sqlite:${sqliteFile}`,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    ...overrides,
  });
}

export const onPostgres = (): boolean => /^postgres/.test(process.env.DATABASE_URL ?? '');

import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';

/**
 * Settings of a test app: its own database, the real local Redis with queues of its own,
 * quiet logs, a generous login limit, no workers unless a test asks for them, and the pool size
 * of the environment's DATABASE_POOL_SIZE (a small pool shows a transaction that needs a second connection).
 */
export function testConfig(databaseUrl: string, overrides: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    LOGIN_ACCOUNT_RATE_LIMIT: '1000',
    WORKERS: 'false',
    QUEUE_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE,
    ...overrides,
  });
}

import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite and the local Redis', () => {
    const sut = loadConfig({});
    expect(sut.database).toEqual({ kind: 'sqlite', url: 'sqlite:data/kakak-asuh.sqlite', sqlitePath: 'data/kakak-asuh.sqlite', poolSize: 20 });
    expect(sut.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(sut.port).toBe(3000);
    expect(sut.workers).toBe(true);
  });

  it('trusts no proxy unless TRUST_PROXY names one', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('chooses PostgreSQL from DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database.kind).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATABASE_POOL_SIZE: '5' }).database.poolSize).toBe(5);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET is required'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ BOOTSTRAP_COORDINATOR_LOGIN: 'admin' }, 'BOOTSTRAP_COORDINATOR'],
    [{ WORKERS: 'maybe' }, 'WORKERS'],
    [{ REDIS_URL: 'localhost' }, 'REDIS_URL'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '99' }, 'TRUST_PROXY'],
    [{ LOGIN_LOCKOUT_SECONDS: '0' }, 'LOGIN_LOCKOUT_SECONDS'],
    [{ DATABASE_POOL_SIZE: '1' }, 'DATABASE_POOL_SIZE'],
  ])('stops on %j naming the setting', (env, named) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(named);
  });
});

import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../../src/auth/auth.service.js';
import { migrate } from '../../src/database/migrate.js';
import { createHttpApp } from '../../src/http-app.js';
import { testConfig } from './test-config.js';
import { createTestDatabase } from './test-database.js';

export const COORDINATOR = { login: 'coordinator', password: 'coordinator-password' };

export interface TestApp {
  app: INestApplication;
  /** The environment that reaches this app's database and queues, for a worker process beside it. */
  env: NodeJS.ProcessEnv;
  http: Server;
  dataSource: DataSource;
  /** A bearer token of the bootstrap coordinator. */
  coordinatorToken: string;
  close(): Promise<void>;
}

/** The served HTTP app on a database of its own; `env` overrides settings (e.g. the login limit). */
export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, env);
  await migrate(config.database);
  const app = await createHttpApp(config);
  const close = async () => {
    await app.close();
    await database.drop();
  };
  try {
    await app.init();
    await app.get(AuthService).bootstrapCoordinator(COORDINATOR.login, COORDINATOR.password);
  } catch (error) {
    await close();
    throw error;
  }
  const dataSource = app.get(DataSource);
  const http = app.getHttpServer() as Server;
  const coordinatorToken = await loginToken(http, COORDINATOR.login, COORDINATOR.password).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  const workerEnv = { DATABASE_URL: database.url, REDIS_URL: config.redisUrl, QUEUE_PREFIX: config.queuePrefix, JWT_SECRET: config.jwtSecret, LOG_LEVEL: 'warn' };
  return { app, env: workerEnv, http, dataSource, coordinatorToken, close };
}

export async function loginToken(http: Server, login: string, password: string): Promise<string> {
  const response = await request(http).post('/api/auth/login').send({ login, password }).expect(200);
  return response.body.accessToken as string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Creates an object through the API as the coordinator and returns its body. */
export async function created<T = Record<string, unknown>>(t: TestApp, path: string, body: object): Promise<T> {
  const response = await request(t.http).post(path).set(bearer(t.coordinatorToken)).send(body);
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as T;
}

/** An account of the given role linked to its record, signed in. */
export async function signedIn(t: TestApp, login: string, link: { tutorId: string } | { smeId: string }): Promise<string> {
  const role = 'tutorId' in link ? 'tutor' : 'sme';
  await created(t, '/api/accounts', { login, password: `${login}-password`, role, ...link });
  return loginToken(t.http, login, `${login}-password`);
}

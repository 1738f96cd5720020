import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startOwnRedis, type OwnRedis } from '../support/redis-server.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

describe('GET /health', () => {
  let redis: OwnRedis;
  let t: TestApp;

  beforeAll(async () => {
    redis = await startOwnRedis();
    t = await startTestApp({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('answers 200 while the database and Redis answer', async () => {
    const response = await request(t.http).get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('answers 503 naming Redis when Redis is down, and 200 again once it is back', async () => {
    await redis.stop();
    const down = await request(t.http).get('/health').expect(503);
    expect(down.body.error).toEqual({ redis: expect.objectContaining({ status: 'down' }) });
    expect(down.body.info).toMatchObject({ database: { status: 'up' } });
    await redis.restart();
    // The client reconnects on its own, after a back-off.
    await waitFor(async () => (await request(t.http).get('/health')).status === 200, 'health to recover');
  });
});

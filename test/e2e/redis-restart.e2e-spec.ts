import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { startOwnRedis, type OwnRedis } from '../support/redis-server.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';
import { spawnWorker, type NodeProcess } from '../support/worker-process.js';

describe('a Redis restart while jobs wait', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let worker: NodeProcess | undefined;

  beforeAll(async () => {
    redis = await startOwnRedis();
    t = await startTestApp({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await t.close();
    await redis.stop();
  });

  it('loses no queued job: a worker started afterwards carries them out', async () => {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor());
    await created(t, '/api/smes', anSme());
    const queued = await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: false }).expect(202);

    await redis.restart();

    const again = await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: false }).expect(202);
    expect(again.body.id).toBe(queued.body.id);
    worker = spawnWorker(t.env);
    const run = await waitFor(async () => {
      const body = (await request(t.http).get(`/api/rebalances/${queued.body.id}`).set(bearer(t.coordinatorToken))).body;
      return body.status === 'completed' ? body : null;
    }, 'the queued rebalance to run after the restart');
    expect(run.summary).toMatchObject({ added: 1 });
    const tutorAfter = await request(t.http).get(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).expect(200);
    expect(tutorAfter.body.load).toBe(1);
  });
});

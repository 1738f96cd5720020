import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { REBALANCE_QUEUE } from '../../src/jobs/queues.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { finishedRun } from '../support/rebalance-api.js';

/** The engine takes at most 32 distinct languages in one program (they are bit sets). */
const LANGUAGES = Array.from({ length: 33 }, (_, i) => `l${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);

describe('a rebalance over input the engine refuses', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    for (const language of LANGUAGES) await created(t, '/api/tutors', aTutor({ languages: [language] }));
    await created(t, '/api/smes', anSme());
  });
  afterAll(() => t.close());

  it('fails once, saying why, and is not retried', async () => {
    const { body } = await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: true }).expect(202);
    const run = await finishedRun(t, body.id);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/languages/i);
    const job = await t.app.get<Queue>(getQueueToken(REBALANCE_QUEUE)).getJob(`run-${body.id}`);
    expect(job?.attemptsMade).toBe(1);
    // A failed run no longer blocks the next request.
    const next = await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: true }).expect(202);
    expect(next.body.id).not.toBe(body.id);
    expect((await finishedRun(t, next.body.id)).status).toBe('failed');
  });
});

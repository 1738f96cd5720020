import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { REBALANCE_QUEUE, RebalanceJob, SCHEDULER_IDS } from '../../src/jobs/queues.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

const DEBOUNCE_SECONDS = 1;

describe('rebalances started by the schedule and by program events', () => {
  let t: TestApp;
  let queue: Queue;
  const settings = (schedule: object) => request(t.http).patch('/api/settings').set(bearer(t.coordinatorToken)).send({ schedule }).expect(200);
  const runs = async () => (await request(t.http).get('/api/rebalances?limit=100').set(bearer(t.coordinatorToken))).body.items as { trigger: string; status: string; dryRun: boolean }[];

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    queue = t.app.get<Queue>(getQueueToken(REBALANCE_QUEUE));
  });
  afterAll(() => t.close());

  it('installs the regular rebalance in the program time zone, and follows a change of the setting', async () => {
    const installed = await waitFor(() => queue.getJobScheduler(SCHEDULER_IDS.rebalance), 'the rebalance schedule');
    expect(installed).toMatchObject({ pattern: '0 2 * * *', tz: 'Asia/Jakarta' });
    await settings({ rebalanceCron: '0 3 * * 1', timeZone: 'Asia/Jayapura' });
    const changed = await waitFor(async () => {
      const scheduler = await queue.getJobScheduler(SCHEDULER_IDS.rebalance);
      return scheduler?.pattern === '0 3 * * 1' ? scheduler : null;
    }, 'the changed schedule');
    expect(changed.tz).toBe('Asia/Jayapura');
  });

  it('refuses a schedule that is no cron expression or no time zone', async () => {
    const response = await request(t.http).patch('/api/settings').set(bearer(t.coordinatorToken)).send({ schedule: { rebalanceCron: 'daily', timeZone: 'Mars/Olympus' } }).expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['schedule.rebalanceCron', 'schedule.timeZone']);
  });

  it('turns a burst of events into one rebalance, kept as a dry run when auto-apply is off', async () => {
    await settings({ eventDebounceSeconds: DEBOUNCE_SECONDS, autoApply: false });
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor());
    await Promise.all([1, 2, 3].map(() => created(t, '/api/smes', anSme())));
    await request(t.http).patch(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).send({ status: 'paused' }).expect(200);
    const run = await waitFor(async () => (await runs()).find((r) => r.trigger === 'events' && r.status === 'completed'), 'the event rebalance');
    expect(run.dryRun).toBe(true);
    // Past the debounce window no second run follows from the same burst.
    await new Promise((resolve) => setTimeout(resolve, 3 * DEBOUNCE_SECONDS * 1000));
    expect((await runs()).filter((r) => r.trigger === 'events')).toHaveLength(1);
    const triggers = (await queue.getJobs(['completed', 'delayed', 'waiting', 'active'])).filter((job) => job.name === RebalanceJob.trigger && job.data.reason === 'events');
    expect(triggers).toHaveLength(1);
  });
});

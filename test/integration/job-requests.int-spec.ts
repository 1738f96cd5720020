import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JobEnqueuer } from '../../src/jobs/job-enqueuer.js';
import { JobRequest, REBALANCE_QUEUE, RebalanceJob, TRACKING_QUEUE, TrackingJob } from '../../src/jobs/queues.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const ALL_STATES = ['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized'] as const;

/** A request left in the outbox by a process that stopped between queueing it and deleting it is sent again. */
describe('a job request sent twice', () => {
  let t: TestApp;
  let sut: JobEnqueuer;

  const jobsOf = async (queueName: string, jobName: string) =>
    (await t.app.get<Queue>(getQueueToken(queueName)).getJobs([...ALL_STATES])).filter((job) => job.name === jobName);
  const sendTwice = async (request: JobRequest) => {
    const requestId = randomUUID();
    await sut.enqueue(requestId, request);
    await sut.enqueue(requestId, request);
  };

  beforeAll(async () => {
    t = await startTestApp();
    sut = t.app.get(JobEnqueuer);
  });
  afterAll(() => t.close());

  it('queues one run of a rebalance', async () => {
    await sendTwice({ name: RebalanceJob.run, data: { rebalanceId: randomUUID() } });
    expect(await jobsOf(REBALANCE_QUEUE, RebalanceJob.run)).toHaveLength(1);
  });

  it('queues each slice of an evaluation once', async () => {
    const smeIds = Array.from({ length: 1200 }, () => randomUUID());
    await sendTwice({ name: TrackingJob.evaluateSmes, data: { smeIds } });
    const jobs = await jobsOf(TRACKING_QUEUE, TrackingJob.evaluateSmes);
    expect(jobs.flatMap((job) => job.data.smeIds).sort()).toEqual([...smeIds].sort());
  });

  it('queues one debounced event rebalance', async () => {
    await sendTwice({ name: RebalanceJob.trigger, data: { reason: 'events' } });
    expect(await jobsOf(REBALANCE_QUEUE, RebalanceJob.trigger)).toHaveLength(1);
  });
});

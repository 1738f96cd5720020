import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import request from 'supertest';
import { SHUTDOWN_GRACE_MS } from '../../src/common/bounded-shutdown.js';
import { REBALANCE_QUEUE, RebalanceJob, TRACKING_QUEUE, TrackingJob } from '../../src/jobs/queues.js';
import { aTutor, anSme } from '../support/factories.js';
import { freePort } from '../support/free-port.js';
import { startOwnRedis, type OwnRedis } from '../support/redis-server.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';
import { spawnApi, spawnWorker, type NodeProcess } from '../support/worker-process.js';

const REQUIRED = ['REQ-1', 'REQ-2'];
/** What a slow machine may add to the shutdown bound before the test calls a process stuck. */
const EXIT_SLACK_MS = 5_000;

describe('writes and shutdown while Redis is down', () => {
  let redis: OwnRedis;
  let t: TestApp;
  const children: NodeProcess[] = [];

  const api = () => request(t.http);
  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));
  const queue = (name: string) => new Queue(name, { connection: { url: redis.url }, prefix: t.env.QUEUE_PREFIX });
  const jobsNamed = async (queueName: string, jobName: string) => {
    const q = queue(queueName);
    try {
      return (await q.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized'])).filter((job) => job.name === jobName);
    } finally {
      await q.close();
    }
  };
  const spawned = (child: NodeProcess) => {
    children.push(child);
    return child;
  };

  beforeAll(async () => {
    redis = await startOwnRedis();
    // The API alone: the jobs it asks for run in a worker process started once Redis is back.
    t = await startTestApp({ REDIS_URL: redis.url, WORKERS: 'false' });
    for (const code of REQUIRED) await created(t, '/api/courses', { code, title: code, required: true });
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => child.stop('SIGKILL')));
    if (!redis.isUp()) await redis.start();
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('answers writes while Redis is down, and runs each job they asked for once Redis is back, none twice', async () => {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor());
    await created(t, '/api/tutors', aTutor({ name: 'Dewi Lestari' }));
    const savvy = await created<{ id: string }>(t, '/api/smes', anSme({ internetAccess: 'good', digitalLiteracy: 72, onlineStage: 'products_listed' }));
    await redis.stop();

    const enrolled = await asCoordinator(api().post('/api/smes').send(anSme()));
    const paused = await asCoordinator(api().patch(`/api/tutors/${tutor.id}`).send({ status: 'paused' }));
    const progress = await asCoordinator(api().post('/api/course-progress').send(REQUIRED.map((courseCode) => ({ smeId: savvy.id, courseCode, progressPercent: 100 }))));
    const run = await asCoordinator(api().post('/api/rebalances').send({ dryRun: true }));
    expect([enrolled.status, paused.status, progress.status, run.status]).toEqual([201, 200, 202, 202]);
    expect(redis.isUp()).toBe(false);

    await redis.start();
    spawned(spawnWorker(t.env));
    await waitFor(
      async () => (await asCoordinator(api().get(`/api/rebalances/${run.body.id}`))).body.status === 'completed',
      'the rebalance asked for during the outage to run',
      60_000,
    );
    await waitFor(async () => (await asCoordinator(api().get(`/api/smes/${savvy.id}`))).body.status === 'graduated', 'the SME evaluation asked for during the outage', 60_000);

    expect(await jobsNamed(REBALANCE_QUEUE, RebalanceJob.run)).toHaveLength(1);
    expect(await jobsNamed(TRACKING_QUEUE, TrackingJob.evaluateSmes)).toHaveLength(1);
    // Three program events (an enrolment, a pause, a graduation) debounce into one delayed trigger.
    const triggers = await jobsNamed(REBALANCE_QUEUE, RebalanceJob.trigger);
    expect(triggers.filter((job) => job.data.reason === 'events')).toHaveLength(1);
  });

  it('logs an outage once when Redis drops and once when it is back, not at every reconnection', async () => {
    const port = await freePort();
    const apiProcess = spawned(spawnApi({ ...t.env, PORT: String(port), WORKERS: 'false', LOG_LEVEL: 'info' }));
    const health = async () => (await request(`http://127.0.0.1:${port}`).get('/health').catch(() => null))?.status;
    await waitFor(async () => (await health()) === 200, 'the API process to serve', 60_000);
    await redis.stop();
    await waitFor(async () => (await health()) === 503, '/health to report Redis down', 30_000);
    await redis.start();
    await waitFor(async () => (await health()) === 200, '/health to report Redis back', 30_000);

    const output = apiProcess.output();
    expect(output).not.toContain('Unhandled error event');
    expect(output.match(/Redis unreachable/g)).toHaveLength(1);
    expect(output.match(/Redis reachable again/g)).toHaveLength(1);
  });

  it(`ends the API and a worker within ${SHUTDOWN_GRACE_MS / 1000} s of SIGTERM while Redis is down`, async () => {
    const port = await freePort();
    const apiProcess = spawned(spawnApi({ ...t.env, PORT: String(port), WORKERS: 'true' }));
    const worker = spawned(spawnWorker(t.env));
    const served = () => request(`http://127.0.0.1:${port}`);
    await waitFor(async () => (await served().get('/health').catch(() => null))?.status === 200, 'the API process to serve', 60_000);
    await waitFor(async () => {
      const q = queue(REBALANCE_QUEUE);
      const workers = await q.getWorkers().finally(() => q.close());
      return workers.length >= 2;
    }, 'both processes to take jobs', 60_000);
    await redis.stop();
    await served().post('/api/smes').set(bearer(t.coordinatorToken)).send(anSme()).expect(201);

    const signalled = Date.now();
    await Promise.all([apiProcess.stop('SIGTERM'), worker.stop('SIGTERM')]);
    expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_GRACE_MS + EXIT_SLACK_MS);
  });
});

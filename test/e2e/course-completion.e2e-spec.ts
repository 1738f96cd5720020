import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import request from 'supertest';
import { SCHEDULER_IDS, TRACKING_QUEUE, TrackingJob } from '../../src/jobs/queues.js';
import { waitFor } from '../support/wait-for.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

const REQUIRED = ['REQ-1', 'REQ-2', 'REQ-3'];

describe('course completion, through the API with the workers running', () => {
  let t: TestApp;
  let queue: Queue;
  let tutorId: string;
  let savvyId: string;
  let traditionalId: string;

  const get = async (path: string) => (await request(t.http).get(path).set(bearer(t.coordinatorToken)).expect(200)).body;
  const postProgress = async (rows: object[]) =>
    (await request(t.http).post('/api/course-progress').set(bearer(t.coordinatorToken)).send(rows).expect(202)).body;
  const completed = (smeId: string, codes = REQUIRED) => codes.map((courseCode) => ({ smeId, courseCode, progressPercent: 100 }));
  const trackingIdle = () =>
    waitFor(async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      return counts.waiting + counts.active + counts.prioritized === 0;
    }, 'the tracking queue to be idle');
  const finished = (job: Job) =>
    waitFor(async () => {
      const state = await job.getState();
      return state === 'completed' || state === 'failed' ? state : null;
    }, `job ${job.id} to finish`);
  const programState = async () => ({
    smes: await Promise.all([savvyId, traditionalId].map((id) => get(`/api/smes/${id}`))),
    history: await Promise.all([savvyId, traditionalId].map(async (id) => (await get(`/api/smes/${id}/assignments`)).items)),
    flags: (await get('/api/flags?limit=100')).items,
    load: (await get(`/api/tutors/${tutorId}`)).load,
  });

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    queue = t.app.get<Queue>(getQueueToken(TRACKING_QUEUE));
    for (const code of REQUIRED) await created(t, '/api/courses', { code, title: `Course ${code}`, required: true });
    await created(t, '/api/courses', { code: 'OPT-1', title: 'Product photos', required: false });
    tutorId = (await created<{ id: string }>(t, '/api/tutors', aTutor())).id;
    const savvy = anSme({ businessName: 'Toko Kue Digital', internetAccess: 'good', digitalLiteracy: 72, onlineStage: 'products_listed' });
    savvyId = (await created<{ id: string }>(t, '/api/smes', savvy)).id;
    traditionalId = (await created<{ id: string }>(t, '/api/smes', anSme())).id;
    for (const smeId of [savvyId, traditionalId]) await created(t, '/api/assignments', { tutorId, smeId });
  });
  afterAll(() => t.close());

  it("graduates a digital-savvy SME that completed its required courses and frees its tutor's seat", async () => {
    expect((await get(`/api/tutors/${tutorId}`)).load).toBe(2);
    expect(await postProgress([...completed(savvyId), { smeId: savvyId, courseCode: 'OPT-1', progressPercent: 20 }])).toEqual({ accepted: 4, rejected: [] });

    const sme = await waitFor(async () => {
      const body = await get(`/api/smes/${savvyId}`);
      return body.status === 'graduated' ? body : null;
    }, 'the SME to graduate');
    expect(sme).toMatchObject({ currentTutorId: null, openFlags: [] });
    expect((await get(`/api/tutors/${tutorId}`)).load).toBe(1);
    const history = (await get(`/api/smes/${savvyId}/assignments`)).items;
    expect(history).toEqual([expect.objectContaining({ tutorId, endReason: 'graduated', endedAt: expect.any(String) })]);
  });

  it('keeps a traditional SME with its tutor until it has every required course, then flags it once with the reasons', async () => {
    await postProgress(completed(traditionalId, REQUIRED.slice(0, 2)));
    await trackingIdle();
    expect((await get(`/api/smes/${traditionalId}`)).openFlags).toEqual([]);

    await postProgress(completed(traditionalId, REQUIRED.slice(2)));
    const sme = await waitFor(async () => {
      const body = await get(`/api/smes/${traditionalId}`);
      return body.openFlags.length > 0 ? body : null;
    }, 'the SME to be flagged');
    const expected = {
      smeId: traditionalId,
      type: 'NEEDS_CONTINUED_MENTORING',
      status: 'open',
      reasons: ['completed 3/3 required courses', 'online stage: offline', 'digital literacy 35'],
      reasonDetails: [
        { code: 'COURSES_COMPLETED', values: { completed: 3, total: 3 } },
        { code: 'ONLINE_STAGE', values: { stage: 'offline' } },
        { code: 'DIGITAL_LITERACY', values: { score: 35 } },
      ],
      resolvedAt: null,
    };
    expect(sme).toMatchObject({ status: 'mentoring', currentTutorId: tutorId, openFlags: [expect.objectContaining(expected)] });
    await trackingIdle();
    expect((await get('/api/flags?type=NEEDS_CONTINUED_MENTORING')).items).toEqual([expect.objectContaining(expected)]);
    expect((await get('/api/flags')).items).toHaveLength(1);
  });

  it('changes nothing when the same progress comes again, or its evaluation is delivered twice', async () => {
    await trackingIdle();
    const before = await programState();
    const jobsBefore = await queue.getJobCountByTypes('completed', 'failed', 'waiting', 'active', 'prioritized');

    expect(await postProgress([...completed(savvyId), ...completed(traditionalId)])).toEqual({ accepted: 6, rejected: [] });
    expect(await queue.getJobCountByTypes('completed', 'failed', 'waiting', 'active', 'prioritized')).toBe(jobsBefore);

    const redelivered = await queue.add(TrackingJob.evaluateSmes, { smeIds: [savvyId, traditionalId] });
    expect(await finished(redelivered)).toBe('completed');
    expect((await queue.getJob(redelivered.id as string))?.returnvalue).toMatchObject({ evaluated: 2, graduated: 0, opened: 0, resolved: 0, refreshed: 0 });
    expect(await programState()).toEqual(before);
  });

  it('fails a job with malformed data at once instead of retrying it', async () => {
    const malformed = await queue.add(TrackingJob.evaluateSmes, { smeIds: 'not-a-list' } as never);
    expect(await finished(malformed)).toBe('failed');
    const failed = await queue.getJob(malformed.id as string);
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toContain('smeIds');
  });

  it('schedules the daily flag sweep in the program time zone once the worker has started', async () => {
    const scheduler = await waitFor(() => queue.getJobScheduler(SCHEDULER_IDS.flagSweep), 'the sweep schedule');
    expect(scheduler).toMatchObject({ name: TrackingJob.sweepFlags, pattern: '30 1 * * *', tz: 'Asia/Jakarta' });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Clock } from '../../src/common/clock.js';
import type { EvaluationSummary } from '../../src/tracking/course-completion.service.js';
import { UnitOfWork } from '../../src/database/unit-of-work.js';
import { localDay } from '../../src/tracking/calendar-days.js';
import { Flag, FlagType } from '../../src/tracking/flag.entity.js';
import { FlagRepository } from '../../src/tracking/flag.repository.js';
import { FlagSweepService } from '../../src/tracking/flag-sweep.service.js';
import { TrackingProcessor } from '../../src/tracking/tracking.processor.js';
import { SessionRepository } from '../../src/sessions/session.repository.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

const DAY_MS = 86_400_000;
const REQUIRED = ['REQ-1', 'REQ-2'];
const NO_CHANGE = { graduated: 0, opened: 0, resolved: 0, refreshed: 0 };

/** The flag rules over time: the test moves the program clock and runs the sweep itself. */
describe('flag sweep', () => {
  let t: TestApp;
  let sut: FlagSweepService;
  let clock: Clock;
  let tutorId: string;

  const day = (instant: Date) => localDay(instant, 'Asia/Jakarta');
  const setClock = (base: Date, days: number): Date => {
    const now = new Date(base.getTime() + days * DAY_MS);
    clock.now = () => now;
    return now;
  };
  const send = async (method: 'post' | 'patch', path: string, body: object) =>
    (await request(t.http)[method](path).set(bearer(t.coordinatorToken)).send(body).expect(method === 'post' && !path.endsWith('/end') ? 201 : 200)).body;
  const postProgress = (smeId: string, courseCode: string, progressPercent: number) =>
    request(t.http).post('/api/course-progress').set(bearer(t.coordinatorToken)).send([{ smeId, courseCode, progressPercent }]).expect(202);
  /** An SME enrolled now; its enrolment time is the base the test counts days from. */
  const enrolled = async (overrides = {}) => {
    const sme = await created<{ id: string; createdAt: string }>(t, '/api/smes', anSme(overrides));
    return { id: sme.id, enrolledAt: new Date(sme.createdAt) };
  };
  const flagsOf = (smeId: string) => t.dataSource.getRepository(Flag).find({ where: { smeId }, order: { openedAt: 'ASC' } });
  const unresolved = async (smeId: string, type: FlagType) => (await flagsOf(smeId)).find((f) => f.type === type && f.status !== 'resolved') ?? null;
  /** A sweep, then a second one at the same time that must find nothing to do. */
  const sweepTwice = async (): Promise<EvaluationSummary> => {
    const first = await sut.sweep();
    expect(await sut.sweep()).toMatchObject(NO_CHANGE);
    return first;
  };

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    // No job may race the sweeps this test runs (POST /api/course-progress enqueues evaluations).
    await t.app.get(TrackingProcessor).worker.close();
    sut = t.app.get(FlagSweepService);
    clock = t.app.get(Clock);
    for (const code of REQUIRED) await created(t, '/api/courses', { code, title: `Course ${code}`, required: true });
    tutorId = (await created<{ id: string }>(t, '/api/tutors', aTutor())).id;
  });
  beforeEach(() => {
    clock.now = () => new Date();
  });
  afterAll(() => t.close());

  it('opens UNASSIGNED on the 14th day without a tutor, resolves it when one is assigned, and opens a new one after the pair ends', async () => {
    const sme = await enrolled();
    setClock(sme.enrolledAt, 13);
    await sweepTwice();
    expect(await unresolved(sme.id, 'UNASSIGNED')).toBeNull();

    const day14 = setClock(sme.enrolledAt, 14);
    await sweepTwice();
    const flag = await unresolved(sme.id, 'UNASSIGNED');
    expect(flag).toMatchObject({ status: 'open', reasons: [`no tutor for 14 days (enrolled ${day(sme.enrolledAt)})`], openedAt: day14, resolvedAt: null });

    const assignment = await send('post', '/api/assignments', { tutorId, smeId: sme.id });
    await sweepTwice();
    expect(await t.dataSource.getRepository(Flag).findOneBy({ id: flag?.id })).toMatchObject({ status: 'resolved', resolvedAt: day14 });

    const ended = setClock(sme.enrolledAt, 20);
    await send('post', `/api/assignments/${assignment.id}/end`, { reason: 'manual' });
    setClock(sme.enrolledAt, 33);
    await sweepTwice();
    expect(await unresolved(sme.id, 'UNASSIGNED')).toBeNull();
    setClock(sme.enrolledAt, 34);
    await sweepTwice();
    expect(await unresolved(sme.id, 'UNASSIGNED')).toMatchObject({ reasons: [`no tutor for 14 days (last assignment ended ${day(ended)})`] });
    expect((await flagsOf(sme.id)).filter((f) => f.type === 'UNASSIGNED')).toHaveLength(2);
  });

  it("opens MENTORING_STALLED on the 30th day without a session, keeps a coordinator's acknowledgement, resolves on a session", async () => {
    const sme = await enrolled();
    setClock(sme.enrolledAt, 0);
    await send('post', '/api/assignments', { tutorId, smeId: sme.id });
    setClock(sme.enrolledAt, 29);
    await sweepTwice();
    expect(await unresolved(sme.id, 'MENTORING_STALLED')).toBeNull();

    setClock(sme.enrolledAt, 30);
    await sweepTwice();
    const flag = await unresolved(sme.id, 'MENTORING_STALLED');
    expect(flag?.reasons).toEqual([`no session logged for 30 days (assigned ${day(sme.enrolledAt)})`]);
    await send('patch', `/api/flags/${flag?.id}`, { status: 'acknowledged', note: 'Tutor is travelling' });

    setClock(sme.enrolledAt, 31);
    await sweepTwice();
    expect(await unresolved(sme.id, 'MENTORING_STALLED')).toMatchObject({
      id: flag?.id,
      status: 'acknowledged',
      note: 'Tutor is travelling',
      reasons: [`no session logged for 31 days (assigned ${day(sme.enrolledAt)})`],
    });

    // The API refuses session dates after the real today, and this test's clock is ahead of it.
    const sessionDay = day(clock.now());
    await t.app.get(UnitOfWork).run((manager) =>
      t.app.get(SessionRepository).insert(manager, { tutorId, smeId: sme.id, date: sessionDay, durationMinutes: 60, mode: 'online', topics: ['pricing'] }),
    );
    await sweepTwice();
    expect(await unresolved(sme.id, 'MENTORING_STALLED')).toBeNull();
    expect(await t.dataSource.getRepository(Flag).findOneBy({ id: flag?.id })).toMatchObject({ status: 'resolved', resolvedAt: clock.now() });

    setClock(sme.enrolledAt, 61);
    await sweepTwice();
    expect(await unresolved(sme.id, 'MENTORING_STALLED')).toMatchObject({ status: 'open', reasons: [`no session logged for 30 days (last ${sessionDay})`] });
  });

  it('opens TRAINING_STALLED on the 30th day without course progress and resolves it with progress', async () => {
    const sme = await enrolled();
    setClock(sme.enrolledAt, 0);
    await postProgress(sme.id, 'REQ-1', 50);
    setClock(sme.enrolledAt, 29);
    await sweepTwice();
    expect(await unresolved(sme.id, 'TRAINING_STALLED')).toBeNull();

    setClock(sme.enrolledAt, 30);
    await sweepTwice();
    expect(await unresolved(sme.id, 'TRAINING_STALLED')).toMatchObject({
      status: 'open',
      reasons: [`no course progress for 30 days (last ${day(sme.enrolledAt)})`, 'completed 0/2 required courses'],
    });

    setClock(sme.enrolledAt, 31);
    await postProgress(sme.id, 'REQ-1', 100);
    await sweepTwice();
    expect(await unresolved(sme.id, 'TRAINING_STALLED')).toBeNull();
    setClock(sme.enrolledAt, 61);
    await sweepTwice();
    expect(await unresolved(sme.id, 'TRAINING_STALLED')).toMatchObject({ reasons: [expect.stringContaining('30 days'), 'completed 1/2 required courses'] });
  });

  it('flags a trained traditional SME once, resolves the flag when it sells online, and graduates it once it can go on alone', async () => {
    const sme = await enrolled();
    await send('post', '/api/assignments', { tutorId, smeId: sme.id });
    for (const code of REQUIRED) await postProgress(sme.id, code, 100);
    expect(await sweepTwice()).toMatchObject({ opened: 1 });
    expect(await unresolved(sme.id, 'NEEDS_CONTINUED_MENTORING')).toMatchObject({
      status: 'open',
      reasons: ['completed 2/2 required courses', 'online stage: offline', 'digital literacy 35'],
    });

    await send('patch', `/api/smes/${sme.id}`, { onlineStage: 'first_sale' });
    expect(await sweepTwice()).toMatchObject({ resolved: 1 });
    expect(await unresolved(sme.id, 'NEEDS_CONTINUED_MENTORING')).toBeNull();

    await send('patch', `/api/smes/${sme.id}`, { digitalLiteracy: 70, internetAccess: 'good' });
    expect(await sweepTwice()).toMatchObject({ graduated: 1 });
    const [assignment] = (await request(t.http).get(`/api/smes/${sme.id}/assignments`).set(bearer(t.coordinatorToken)).expect(200)).body.items;
    expect(assignment).toMatchObject({ endReason: 'graduated' });
  });

  it('resolves the flags of an SME that withdrew', async () => {
    const sme = await enrolled();
    setClock(sme.enrolledAt, 14);
    await sweepTwice();
    expect(await unresolved(sme.id, 'UNASSIGNED')).not.toBeNull();

    await send('patch', `/api/smes/${sme.id}`, { status: 'withdrawn' });
    await sweepTwice();
    expect((await flagsOf(sme.id)).map((f) => f.status)).toEqual(['resolved']);
  });

  it('never doubles a flag that another process opened at the same time', async () => {
    const sme = await enrolled();
    const flags = t.app.get(FlagRepository);
    const flag = { smeId: sme.id, type: 'UNASSIGNED' as const, status: 'open' as const, reasons: ['no tutor for 14 days'], note: null, openedAt: clock.now(), resolvedAt: null };
    await t.app.get(UnitOfWork).run(async (manager) => {
      await flags.openMany(manager, [flag]);
      await flags.openMany(manager, [flag]);
    });
    expect(await flagsOf(sme.id)).toHaveLength(1);
  });
});

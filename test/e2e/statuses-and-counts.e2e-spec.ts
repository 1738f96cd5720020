import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { FLAG_TYPES } from '../../src/tracking/flag.entity.js';
import { RebalanceRunner } from '../../src/rebalance/rebalance-runner.js';
import { RebalancesService } from '../../src/rebalance/rebalances.service.js';
import { seedDemoProgram } from '../../src/seed/seed-demo-program.js';
import { SEGMENTS, SME_STATUSES } from '../../src/smes/sme-vocabulary.js';
import { allItems, countAll } from '../support/api-checks.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

const NOW = new Date('2026-11-20T03:00:00Z');

type Tutor = { id: string; load: number; maxSmes: number };
type Sme = { id: string; status: string; currentTutorId: string | null };

/** Runs a rebalance in this process (no worker) and answers its final record. */
async function rebalanceNow(t: TestApp, dryRun: boolean) {
  const run = await t.app.get(RebalancesService).request({ dryRun, trigger: 'manual' });
  await t.app.get(RebalanceRunner).run(run.id, async () => undefined);
  return run.id;
}

describe('an SME that loses its tutor waits again', () => {
  let t: TestApp;
  const smeOf = async (id: string) => (await request(t.http).get(`/api/smes/${id}`).set(bearer(t.coordinatorToken)).expect(200)).body as Sme;
  const placed = async (tutorOverrides = {}) => {
    const tutor = await created<Tutor>(t, '/api/tutors', aTutor(tutorOverrides));
    const sme = await created<Sme>(t, '/api/smes', anSme());
    const assignment = await created<{ id: string }>(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id, pinned: false });
    expect((await smeOf(sme.id)).status).toBe('mentoring');
    return { tutor, sme, assignment };
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('when the coordinator ends the pair', async () => {
    const { sme, assignment } = await placed();
    await request(t.http).post(`/api/assignments/${assignment.id}/end`).set(bearer(t.coordinatorToken)).send({ reason: 'manual' }).expect(200);
    expect(await smeOf(sme.id)).toMatchObject({ status: 'enrolled', currentTutorId: null });
  });

  it('when its tutor leaves the program', async () => {
    const { tutor, sme } = await placed();
    await request(t.http).patch(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).send({ status: 'inactive' }).expect(200);
    expect(await smeOf(sme.id)).toMatchObject({ status: 'enrolled', currentTutorId: null });
  });

  it('when a rebalance ends the pair, and the apply answer says it was applied', async () => {
    // An SME without internet can only be mentored in person in its own province: moved to Papua, no tutor can keep it.
    const { sme } = await placed();
    await request(t.http).patch(`/api/smes/${sme.id}`).set(bearer(t.coordinatorToken)).send({ regencyCode: '91.03', internetAccess: 'none' }).expect(200);
    const runId = await rebalanceNow(t, true);
    const applied = await request(t.http).post(`/api/rebalances/${runId}/apply`).set(bearer(t.coordinatorToken)).expect(200);
    expect(applied.body).toMatchObject({ id: runId, status: 'completed', applied: true, dryRun: false, appliedAt: expect.any(String) });
    expect(applied.body.summary).toMatchObject({ ended: expect.any(Number) });
    expect(await smeOf(sme.id)).toMatchObject({ status: 'enrolled', currentTutorId: null });
  });
});

describe('the overview and coverage agree with the lists they summarise', () => {
  let t: TestApp;
  const get = async (path: string) => (await request(t.http).get(path).set(bearer(t.coordinatorToken)).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoProgram(t.dataSource, { scale: 'pilot', seed: 1, skipIfSeeded: false }, NOW);
    // Pairs lost every way an SME can lose its tutor, then a rebalance applied.
    const active = (await get('/api/assignments?active=true&limit=3')).items as { id: string; tutorId: string }[];
    await request(t.http).post(`/api/assignments/${active[0].id}/end`).set(bearer(t.coordinatorToken)).send({ reason: 'manual' }).expect(200);
    await request(t.http).patch(`/api/tutors/${active[1].tutorId}`).set(bearer(t.coordinatorToken)).send({ status: 'inactive' }).expect(200);
    await rebalanceNow(t, false);
  });
  afterAll(() => t.close());

  it('counts SMEs by status, segment and assignment as the SME list holds them', async () => {
    const overview = await get('/api/reports/overview');
    for (const status of SME_STATUSES) expect([status, overview.smesByStatus[status]]).toEqual([status, await countAll(t, `/api/smes?status=${status}`)]);
    const active = [...(await allItems<Sme & { segment: string }>(t, '/api/smes?status=enrolled')), ...(await allItems<Sme & { segment: string }>(t, '/api/smes?status=mentoring'))];
    for (const segment of SEGMENTS) expect([segment, overview.smesBySegment[segment]]).toEqual([segment, active.filter((s) => s.segment === segment).length]);
    expect(overview.smesByAssignment).toEqual({
      assigned: await countAll(t, '/api/smes?unassigned=false'),
      unassigned: active.filter((s) => s.currentTutorId === null).length,
    });
    expect(overview.smesByAssignment.assigned).toBe(overview.smesByStatus.mentoring);
  });

  it('counts active tutors by load and open flags by type as their lists hold them', async () => {
    const overview = await get('/api/reports/overview');
    const tutors = await allItems<Tutor>(t, '/api/tutors?status=active');
    for (const load of ['0', '1', '2', '3']) expect([load, overview.tutorsByLoad[load]]).toEqual([load, tutors.filter((tutor) => String(tutor.load) === load).length]);
    for (const type of FLAG_TYPES) expect([type, overview.openFlagsByType[type]]).toEqual([type, await countAll(t, `/api/flags?status=open&type=${type}`)]);
  });

  it('covers each province as the province-filtered lists hold it', async () => {
    const coverage = (await get('/api/reports/coverage')).items as { provinceCode: string; smes: number; assigned: number; tutors: number; freeCapacity: number }[];
    const smes = [...(await allItems<Sme & { provinceCode: string }>(t, '/api/smes?status=enrolled')), ...(await allItems<Sme & { provinceCode: string }>(t, '/api/smes?status=mentoring'))];
    const tutors = await allItems<Tutor & { provinceCode: string }>(t, '/api/tutors?status=active');
    for (const row of coverage) {
      const inProvince = smes.filter((s) => s.provinceCode === row.provinceCode);
      const own = tutors.filter((tutor) => tutor.provinceCode === row.provinceCode);
      expect(row).toMatchObject({
        smes: inProvince.length,
        assigned: inProvince.filter((s) => s.currentTutorId !== null).length,
        tutors: own.length,
        freeCapacity: own.reduce((free, tutor) => free + tutor.maxSmes - tutor.load, 0),
      });
    }
    expect(coverage.reduce((sum, row) => sum + row.assigned, 0)).toBe(await countAll(t, '/api/smes?unassigned=false'));
  });
});

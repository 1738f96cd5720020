import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { finishedRun, runRebalance } from '../support/rebalance-api.js';

describe('rebalances through HTTP, with the worker in-process', () => {
  let t: TestApp;
  const ids = { tutors: [] as string[], smes: [] as string[] };

  const api = () => request(t.http);
  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));
  const activeAssignments = async () =>
    (await asCoordinator(api().get('/api/assignments?active=true&limit=100'))).body.items as { id: string; tutorId: string; smeId: string; rebalanceId: string | null }[];

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    const bandung = await created<{ id: string }>(t, '/api/tutors', aTutor({ regencyCode: '32.73', categories: ['food_beverage'], maxSmes: 2 }));
    const surabaya = await created<{ id: string }>(t, '/api/tutors', aTutor({ name: 'Budi', regencyCode: '35.78', categories: ['fashion'], languages: ['id', 'jv'], maxSmes: 2 }));
    ids.tutors = [bandung.id, surabaya.id];
    for (const regencyCode of ['32.73', '32.73', '35.78', '35.78']) {
      ids.smes.push((await created<{ id: string }>(t, '/api/smes', anSme({ regencyCode, category: regencyCode === '32.73' ? 'food_beverage' : 'fashion' }))).id);
    }
    // A poor manual start, left unpinned so a rebalance may move it: the Bandung SME goes to the Surabaya tutor.
    await created(t, '/api/assignments', { tutorId: surabaya.id, smeId: ids.smes[0], pinned: false });
  });
  afterAll(() => t.close());

  let dryRunId: string;

  it('plans a dry run once however often it is asked, reaching progress 100', async () => {
    const [first, second] = await Promise.all([
      asCoordinator(api().post('/api/rebalances').send({ dryRun: true })),
      asCoordinator(api().post('/api/rebalances').send({ dryRun: true })),
    ]);
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.id).toBe(first.body.id);
    dryRunId = first.body.id;
    const run = await finishedRun(t, dryRunId);
    expect(run).toMatchObject({ status: 'completed', progress: 100, dryRun: true, appliedAt: null });
    expect(run.summary).toMatchObject({ kept: 0, moved: 1, added: 3, ended: 0, unassigned: 0 });
    expect(await activeAssignments()).toHaveLength(1);
  });

  it('explains each change, from whom to whom and why', async () => {
    const changes = (await asCoordinator(api().get(`/api/rebalances/${dryRunId}/changes`))).body;
    expect(changes.nextCursor).toBeNull();
    const move = changes.items.find((c: { kind: string }) => c.kind === 'moved');
    expect(move).toMatchObject({ smeId: ids.smes[0], fromTutorId: ids.tutors[1], toTutorId: ids.tutors[0], fromTutorName: 'Budi (Batik Siti)', toTutorName: 'Siti Rahayu (Batik Siti)' });
    expect(move.explanation).toMatchObject({ sameRegency: true, categoryMatch: true, sharedLanguage: true, kept: false });
    expect(move.reason).toContain('same regency; tutor sells in the SME category; shared language');
    expect(move.reasonCode).toBe('BETTER_PAIR');
    expect(changes.items.filter((c: { kind: string }) => c.kind === 'added').map((c: { reasonCode: string }) => c.reasonCode)).toEqual(['ASSIGNED', 'ASSIGNED', 'ASSIGNED']);
  });

  it('applies the dry run whole, within every capacity, and twice is once', async () => {
    const applied = await asCoordinator(api().post(`/api/rebalances/${dryRunId}/apply`)).expect(200);
    expect(applied.body.appliedAt).not.toBeNull();
    const after = await activeAssignments();
    expect(after).toHaveLength(4);
    for (const tutorId of ids.tutors) expect(after.filter((a) => a.tutorId === tutorId)).toHaveLength(2);
    expect(new Set(after.map((a) => a.smeId)).size).toBe(4);
    const history = (await asCoordinator(api().get(`/api/smes/${ids.smes[0]}/assignments`))).body.items;
    expect(history.map((a: { endReason: string | null }) => a.endReason).sort()).toEqual(['rebalance', null].sort());
    const again = await asCoordinator(api().post(`/api/rebalances/${dryRunId}/apply`)).expect(200);
    expect(again.body.appliedAt).toBe(applied.body.appliedAt);
    expect(await activeAssignments()).toEqual(after);
  });

  it('finds nothing to move right after', async () => {
    const { run } = await runRebalance(t, false);
    expect(run.summary).toMatchObject({ kept: 4, moved: 0, added: 0, ended: 0 });
    expect(run.appliedAt).not.toBeNull();
  });

  it('refuses a plan whose assignments changed since, with PLAN_STALE, and changes nothing', async () => {
    const sme = await created<{ id: string }>(t, '/api/smes', anSme({ regencyCode: '32.73' }));
    const extraTutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ regencyCode: '32.73', categories: ['food_beverage'] }));
    const { id } = await runRebalance(t, true);
    await created(t, '/api/assignments', { tutorId: extraTutor.id, smeId: sme.id });
    const before = await activeAssignments();
    const stale = await asCoordinator(api().post(`/api/rebalances/${id}/apply`)).expect(409);
    expect(stale.body.code).toBe('PLAN_STALE');
    expect(await activeAssignments()).toEqual(before);
  });

  it('answers an apply of a run that applied itself with the run as it is', async () => {
    const { id, run } = await runRebalance(t, false);
    const before = await activeAssignments();
    const again = await asCoordinator(api().post(`/api/rebalances/${id}/apply`)).expect(200);
    expect(again.body.appliedAt).toBe(run.appliedAt);
    expect(await activeAssignments()).toEqual(before);
  });
});

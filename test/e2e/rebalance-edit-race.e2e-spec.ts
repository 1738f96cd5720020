import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { IsNull, Not } from 'typeorm';
import { RebalanceChange } from '../../src/rebalance/rebalance-change.entity.js';
import { Sme } from '../../src/smes/sme.entity.js';
import { Tutor } from '../../src/tutors/tutor.entity.js';
import { aTutor, anSme } from '../support/factories.js';
import { insertSyntheticProgram } from '../support/synthetic-program.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { brokenRules, NO_BROKEN_RULES, runRebalance } from '../support/rebalance-api.js';

const ROUNDS = 8;
/** Each round adds this much program, all unassigned, so its dry run starts a few hundred pairs. */
const ROUND_PROGRAM = { tutors: 120, smes: 300 };
const EDITED_TUTORS = 12;
const WITHDRAWN_SMES = 10;

interface Edit {
  path: string;
  body: object;
  accepted: [number, string | undefined][];
}

describe('edits racing a rebalance apply', () => {
  let t: TestApp;

  const api = () => request(t.http);
  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));
  const rebalance = (dryRun: boolean) => runRebalance(t, dryRun, 120_000);

  /** Tutors the plan gives at least two SMEs, and SMEs it seats: the edits that can collide with it. */
  const editsAgainst = async (rebalanceId: string): Promise<Edit[]> => {
    const planned = await t.dataSource.getRepository(RebalanceChange).findBy({ rebalanceId, toTutorId: Not(IsNull()) });
    const perTutor = new Map<string, number>();
    for (const change of planned) perTutor.set(change.toTutorId!, (perTutor.get(change.toTutorId!) ?? 0) + 1);
    const busyTutors = [...perTutor].filter(([, n]) => n >= 2).map(([id]) => id).slice(0, EDITED_TUTORS);
    const half = busyTutors.length / 2;
    const tutorEdits = busyTutors.map((id, i): Edit =>
      i < half
        ? { path: `/api/tutors/${id}`, body: { maxSmes: 1 }, accepted: [[200, undefined], [409, 'MAX_SMES_BELOW_LOAD']] }
        : { path: `/api/tutors/${id}`, body: { status: 'inactive' }, accepted: [[200, undefined]] },
    );
    const smeEdits = planned
      .filter((change) => !busyTutors.includes(change.toTutorId!))
      .slice(0, WITHDRAWN_SMES)
      .map((change): Edit => ({ path: `/api/smes/${change.smeId}`, body: { status: 'withdrawn' }, accepted: [[200, undefined]] }));
    return [...tutorEdits, ...smeEdits];
  };

  /** Sends the edits together, after `lead` quick reads: a different lead each round lands them at another point of the apply. */
  const sendAfter = async (lead: number, edits: Edit[]) => {
    for (let i = 0; i < lead; i++) await asCoordinator(api().get('/api/rebalances?limit=1')).expect(200);
    return Promise.all(
      edits.map(async (edit) => {
        const response = await asCoordinator(api().patch(edit.path).send(edit.body));
        return { edit, status: response.status, code: response.body.code as string | undefined };
      }),
    );
  };

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    // Event rebalances would compete with the runs this test asks for.
    await asCoordinator(api().patch('/api/settings').send({ schedule: { eventDebounceSeconds: 3600 } })).expect(200);
  });
  afterAll(() => t.close());

  it('plans from a state that breaks the rules, leaves it consistent, and the next rebalance applies too', async () => {
    const tutor = (body: object) => created<{ id: string }>(t, '/api/tutors', aTutor(body));
    const sme = () => created<{ id: string }>(t, '/api/smes', anSme({ regencyCode: '32.73' }));
    const assign = (tutorId: string, smeId: string, pinned = false) => created(t, '/api/assignments', { tutorId, smeId, pinned });
    const crowded = await tutor({ maxSmes: 3 });
    const leaving = await tutor({ maxSmes: 1 });
    const holdingDeparted = await tutor({ maxSmes: 2 });
    for (let i = 0; i < 3; i++) await assign(crowded.id, (await sme()).id);
    await assign(leaving.id, (await sme()).id);
    const [withdrawn, graduated] = [await sme(), await sme()];
    await assign(holdingDeparted.id, withdrawn.id);
    await assign(holdingDeparted.id, graduated.id, true);
    for (let i = 0; i < 2; i++) await sme();
    // What a lost race used to leave behind: rows the API itself no longer lets anyone write.
    await t.dataSource.getRepository(Tutor).update({ id: crowded.id }, { maxSmes: 1 });
    await t.dataSource.getRepository(Tutor).update({ id: leaving.id }, { status: 'inactive' });
    await t.dataSource.getRepository(Sme).update({ id: withdrawn.id }, { status: 'withdrawn' });
    await t.dataSource.getRepository(Sme).update({ id: graduated.id }, { status: 'graduated' });

    expect((await rebalance(false)).run.status).toBe('completed');
    expect(await brokenRules(t)).toEqual(NO_BROKEN_RULES);
    // The seats the departed SMEs held went to SMEs still waiting.
    expect((await asCoordinator(api().get(`/api/tutors/${holdingDeparted.id}`))).body.load).toBe(2);
    expect((await rebalance(false)).run).toMatchObject({ status: 'completed', summary: expect.objectContaining({ moved: 0, added: 0, ended: 0 }) });
  });

  it(`holds every rule through ${ROUNDS} rounds of an apply raced by tutor and SME edits, and the next rebalance applies`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      await insertSyntheticProgram(t.dataSource, ROUND_PROGRAM, 100 + round);
      const dryRun = await rebalance(true);
      expect(dryRun.run.status).toBe('completed');
      const edits = await editsAgainst(dryRun.id);

      const [applied, answers] = await Promise.all([asCoordinator(api().post(`/api/rebalances/${dryRun.id}/apply`)), sendAfter(round - 1, edits)]);

      expect([[200, undefined], [409, 'PLAN_STALE']]).toContainEqual([applied.status, applied.body.code]);
      for (const answer of answers) expect(answer.edit.accepted).toContainEqual([answer.status, answer.code]);
      expect({ round, ...(await brokenRules(t)) }).toEqual({ round, ...NO_BROKEN_RULES });

      const next = await rebalance(false);
      expect({ round, ...next.run }).toMatchObject({ round, status: 'completed' });
      expect({ round, ...(await brokenRules(t)) }).toEqual({ round, ...NO_BROKEN_RULES });
    }
  });
});

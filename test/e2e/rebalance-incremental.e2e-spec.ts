import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { DEFAULT_MATCHING_SETTINGS, planRebalance } from '../../src/matching/index.js';
import { toMatchingInput } from '../../src/rebalance/matching-input.js';
import { ProgramSnapshotRepository } from '../../src/rebalance/program-snapshot.repository.js';
import { Sme } from '../../src/smes/sme.entity.js';
import { insertSyntheticProgram } from '../support/synthetic-program.js';
import { bearer, startTestApp, TestApp } from '../support/test-app.js';

/** A province-sized program, as the synthetic generator makes it. */
const PROGRAM = { tutors: 10_000, smes: 30_000 };
/** The 1% change: half a percent of SMEs graduate, as many enrol, half a percent of tutors pause. */
const CHANGED_SHARE = 0.005;

interface Run {
  id: string;
  status: string;
  progress: number;
  phase: string | null;
  solveMode: string | null;
  summary: { kept: number; moved: number; added: number; ended: number; unassigned: number; objective: number } | null;
}

describe('a worker rebalances the change since its last plan incrementally', () => {
  let t: TestApp;
  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));

  /** Runs a rebalance (that applies itself unless a dry run), read through the API until it ends; answers it and every phase seen while it ran. */
  async function rebalance(dryRun = false): Promise<{ run: Run; phases: Set<string> }> {
    const id = (await asCoordinator(request(t.http).post('/api/rebalances')).send({ dryRun }).expect(202)).body.id as string;
    const phases = new Set<string>();
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
      const run = (await asCoordinator(request(t.http).get(`/api/rebalances/${id}`)).expect(200)).body as Run;
      if (run.status === 'completed' || run.status === 'failed') return { run, phases };
      if (run.phase) phases.add(run.phase);
      await request(t.http).get('/health').expect(200);
    }
    throw new Error(`rebalance ${id} did not end`);
  }

  async function fromScratchObjective(): Promise<number> {
    const input = toMatchingInput(await t.app.get(ProgramSnapshotRepository).load(), null);
    return planRebalance(input.tutors, input.smes, DEFAULT_MATCHING_SETTINGS).objective;
  }

  const ids = async (table: string, where: string, share: number) => {
    const rows: { id: string }[] = await t.dataSource.query(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`);
    return rows.filter((_, i) => i % Math.round(1 / share) === 0).map((r) => `'${r.id}'`).join(', ');
  };

  /** Half a percent of SMEs graduate, half a percent of tutors pause, and newcomers enrol. */
  async function changeOnePercent(): Promise<void> {
    await t.dataSource.query(`UPDATE sme SET status = 'graduated' WHERE id IN (${await ids('sme', `status = 'mentoring'`, CHANGED_SHARE)})`);
    await t.dataSource.query(`UPDATE tutor SET status = 'paused' WHERE id IN (${await ids('tutor', `status = 'active'`, CHANGED_SHARE)})`);
    // Newcomers like the program's own SMEs (as the bench's change): one of a kind the program has
    // none of is a change the engine's network has no place for, and is planned in full.
    const likeThem = await t.dataSource.getRepository(Sme).find({ where: { status: 'mentoring' }, order: { id: 'ASC' }, take: PROGRAM.smes * CHANGED_SHARE });
    await t.dataSource.getRepository(Sme).insert(likeThem.map(({ createdAt: _c, updatedAt: _u, ...sme }) => ({ ...sme, id: randomUUID(), status: 'enrolled' as const })));
  }

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    // An event rebalance (after the assignment ended by hand) would plan between the runs this test asks for.
    await asCoordinator(request(t.http).patch('/api/settings').send({ schedule: { eventDebounceSeconds: 3600 } })).expect(200);
    await insertSyntheticProgram(t.dataSource, PROGRAM);
  });
  afterAll(() => t.close());

  it('plans the first run in full, and the API answers while it solves', async () => {
    const expected = await fromScratchObjective();
    const { run, phases } = await rebalance();
    expect(run).toMatchObject({ status: 'completed', progress: 100, phase: null, solveMode: 'full' });
    expect(run.summary!.objective).toBe(expected);
    expect(phases).toContain('solving');
  });

  it('re-solves a 1% change as edits, to the optimum a plan from scratch reaches, within every capacity', async () => {
    await changeOnePercent();
    const expected = await fromScratchObjective();

    const { run } = await rebalance();
    expect(run).toMatchObject({ status: 'completed', solveMode: 'incremental' });
    expect(run.summary!.objective).toBe(expected);
    expect(run.summary!.ended + run.summary!.moved).toBeGreaterThan(0);
    const overCapacity = await t.dataSource.query(
      `SELECT a."tutorId" FROM assignment a JOIN tutor t ON t.id = a."tutorId" WHERE a."endedAt" IS NULL GROUP BY a."tutorId", t."maxSmes" HAVING COUNT(*) > t."maxSmes"`,
    );
    expect(overCapacity).toEqual([]);
    const withPausedTutor = await t.dataSource.query(`SELECT a.id FROM assignment a JOIN tutor t ON t.id = a."tutorId" WHERE a."endedAt" IS NULL AND t.status <> 'active' AND a.pinned = false`);
    expect(withPausedTutor).toEqual([]);
  });

  it('plans in full after an assignment made by hand, which is not a change the engine edits', async () => {
    const [pair] = await t.dataSource.query(`SELECT id FROM assignment WHERE "endedAt" IS NULL ORDER BY id LIMIT 1`);
    await asCoordinator(request(t.http).post(`/api/assignments/${pair.id}/end`)).send({ reason: 'manual' }).expect(200);
    const expected = await fromScratchObjective();
    const { run } = await rebalance();
    expect(run).toMatchObject({ status: 'completed', solveMode: 'full' });
    expect(run.summary!.objective).toBe(expected);
  });

  it('re-solves incrementally from a dry run its worker planned, once that plan is applied through the API', async () => {
    await changeOnePercent();
    const { run: dryRun } = await rebalance(true);
    expect(dryRun).toMatchObject({ status: 'completed', solveMode: 'incremental' });
    await asCoordinator(request(t.http).post(`/api/rebalances/${dryRun.id}/apply`)).expect(200);
    await changeOnePercent();
    const expected = await fromScratchObjective();
    const { run } = await rebalance();
    expect(run).toMatchObject({ status: 'completed', solveMode: 'incremental' });
    expect(run.summary!.objective).toBe(expected);
  });
});

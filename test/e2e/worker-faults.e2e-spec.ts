import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DEFAULT_MATCHING_SETTINGS, planRebalance } from '../../src/matching/index.js';
import { toMatchingInput } from '../../src/rebalance/matching-input.js';
import { ProgramSnapshotRepository } from '../../src/rebalance/program-snapshot.repository.js';
import { insertSyntheticProgram } from '../support/synthetic-program.js';
import { bearer, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';
import { spawnWorker, NodeProcess } from '../support/worker-process.js';

/** Large enough that a run is still working when the test interrupts it, small enough to stay quick. */
const PROGRAM = { tutors: 1500, smes: 4500 };
const FAST_TAKEOVER = { JOB_LOCK_SECONDS: '2' };

interface RunRow {
  status: string;
  summary: { added: number; moved: number; ended: number } | null;
}

describe('a rebalance survives its worker', () => {
  let t: TestApp;
  const workers: NodeProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await insertSyntheticProgram(t.dataSource, PROGRAM);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
  });
  afterAll(() => t.close());

  const worker = (env: NodeJS.ProcessEnv = {}) => {
    const started = spawnWorker({ ...t.env, ...env });
    workers.push(started);
    return started;
  };
  const run = async (id: string): Promise<RunRow> => (await t.dataSource.query(`SELECT status, summary FROM rebalance WHERE id = '${id}'`))[0];
  const activePairs = async () =>
    ((await t.dataSource.query('SELECT "tutorId", "smeId" FROM assignment WHERE "endedAt" IS NULL')) as { tutorId: string; smeId: string }[])
      .map((r) => `${r.tutorId}>${r.smeId}`)
      .sort();
  const count = async (where: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM assignment WHERE ${where}`))[0].n);
  const rowsOfRun = (id: string, side: 'started' | 'ended' = 'started') =>
    count(side === 'started' ? `"rebalanceId" = '${id}' AND "startReason" = 'rebalance'` : `"endRebalanceId" = '${id}'`);
  const requestRun = async () => (await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: false }).expect(202)).body.id as string;
  const whenRunning = (id: string) => waitFor(async () => (await run(id)).status === 'running', `run ${id} to start`, 60_000);

  it('is taken over when its worker is killed mid-run, and ends as an uninterrupted run would', async () => {
    const snapshot = await t.app.get(ProgramSnapshotRepository).load();
    const input = toMatchingInput(snapshot, null);
    const expected = planRebalance(input.tutors, input.smes, DEFAULT_MATCHING_SETTINGS).assignments.map((a) => `${a.tutorId}>${a.smeId}`).sort();

    const id = await requestRun();
    const first = worker(FAST_TAKEOVER);
    await whenRunning(id);
    // Progress moves while the run works: the program is loaded and the solve under way.
    await waitFor(async () => (await t.dataSource.query(`SELECT progress FROM rebalance WHERE id = '${id}'`))[0].progress >= 20, 'progress past loading');
    expect(await first.stop('SIGKILL')).toBeNull();
    expect(await rowsOfRun(id)).toBe(0);

    worker(FAST_TAKEOVER);
    const done = await waitFor(async () => ((await run(id)).status === 'completed' ? run(id) : null), `run ${id} to be taken over`, 90_000);
    expect(await activePairs()).toEqual(expected);
    const summary = typeof done.summary === 'string' ? JSON.parse(done.summary) : done.summary;
    expect(await rowsOfRun(id)).toBe(summary.added + summary.moved);
  });

  it('finishes the job it holds on SIGTERM, leaving the plan applied whole', async () => {
    await t.dataSource.query(`UPDATE tutor SET "maxSmes" = 1 WHERE "maxSmes" = 3 AND id IN (SELECT id FROM tutor ORDER BY id LIMIT 300)`);
    const id = await requestRun();
    const graceful = worker();
    await whenRunning(id);
    await graceful.stop('SIGTERM');
    // Right as the process is gone, the run it held is complete: the worker closed only after it.
    const after = await run(id);
    expect(after.status).toBe('completed');
    const summary = typeof after.summary === 'string' ? JSON.parse(after.summary as unknown as string) : after.summary;
    expect(summary.moved + summary.ended).toBeGreaterThan(0);
    expect(await rowsOfRun(id, 'started')).toBe(summary.added + summary.moved);
    expect(await rowsOfRun(id, 'ended')).toBe(summary.moved + summary.ended);
  });
});

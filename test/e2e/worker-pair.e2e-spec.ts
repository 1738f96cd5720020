import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DEFAULT_MATCHING_SETTINGS, planRebalance } from '../../src/matching/index.js';
import { toMatchingInput } from '../../src/rebalance/matching-input.js';
import { ProgramSnapshotRepository } from '../../src/rebalance/program-snapshot.repository.js';
import { insertSyntheticProgram } from '../support/synthetic-program.js';
import { bearer, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';
import { NodeProcess, spawnWorker } from '../support/worker-process.js';

/** Large enough that a run is still working when the test kills its worker. */
const PROGRAM = { tutors: 3000, smes: 9000 };
const FAST_TAKEOVER = { JOB_LOCK_SECONDS: '2' };

interface RunRow {
  status: string;
  progress: number;
  summary: { added: number; moved: number; ended: number } | string | null;
}

describe('two worker processes against one database and one Redis', () => {
  let t: TestApp;
  const workers: NodeProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await insertSyntheticProgram(t.dataSource, PROGRAM);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await t.close();
  });

  const worker = () => {
    const started = spawnWorker({ ...t.env, ...FAST_TAKEOVER });
    workers.push(started);
    return started;
  };
  const run = async (id: string): Promise<RunRow> => (await t.dataSource.query(`SELECT status, progress, summary FROM rebalance WHERE id = '${id}'`))[0];
  const summaryOf = (row: RunRow) => (typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary) as { added: number; moved: number; ended: number };
  const count = async (sql: string) => Number((await t.dataSource.query(sql))[0].n);
  const requestRun = async () => (await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: false }).expect(202)).body.id as string;
  const completed = (id: string) => waitFor(async () => ((await run(id)).status === 'completed' ? run(id) : null), `run ${id} to complete`, 120_000);
  const activePairs = async () =>
    ((await t.dataSource.query('SELECT "tutorId", "smeId" FROM assignment WHERE "endedAt" IS NULL')) as { tutorId: string; smeId: string }[]).map((r) => `${r.tutorId}>${r.smeId}`).sort();
  const fromScratch = async () => {
    const input = toMatchingInput(await t.app.get(ProgramSnapshotRepository).load(), null);
    return planRebalance(input.tutors, input.smes, DEFAULT_MATCHING_SETTINGS).assignments.map((a) => `${a.tutorId}>${a.smeId}`).sort();
  };

  /** The run's history, each row once: a start per pair it made, an end per pair it ended, a change per SME it moved. */
  async function expectHistoryOnce(id: string, row: RunRow): Promise<void> {
    const summary = summaryOf(row);
    expect(await count(`SELECT COUNT(*) AS n FROM assignment WHERE "rebalanceId" = '${id}' AND "startReason" = 'rebalance'`)).toBe(summary.added + summary.moved);
    expect(await count(`SELECT COUNT(*) AS n FROM assignment WHERE "endRebalanceId" = '${id}'`)).toBe(summary.moved + summary.ended);
    expect(await count(`SELECT COUNT(*) AS n FROM rebalance_change WHERE "rebalanceId" = '${id}'`)).toBe(summary.added + summary.moved + summary.ended);
    expect(await count(`SELECT COUNT(*) AS n FROM (SELECT "smeId" FROM assignment WHERE "endedAt" IS NULL GROUP BY "smeId" HAVING COUNT(*) > 1) twice`)).toBe(0);
  }

  it('does a run once, whichever of them takes it', async () => {
    const both = [worker(), worker()];
    const expected = await fromScratch();
    const id = await requestRun();
    const done = await completed(id);
    expect(await activePairs()).toEqual(expected);
    await expectHistoryOnce(id, done);
    await Promise.all(both.map((w) => w.stop('SIGTERM')));
  });

  it('hands a run to the other when the one holding it is killed, and the run ends as an uninterrupted one would', async () => {
    await t.dataSource.query(`UPDATE tutor SET status = 'paused' WHERE id IN (SELECT id FROM tutor WHERE status = 'active' ORDER BY id LIMIT 200)`);
    const expected = await fromScratch();
    const holder = worker();
    const id = await requestRun();
    await waitFor(async () => (await run(id)).status === 'running', `run ${id} to start`, 60_000);
    worker();
    expect(await holder.stop('SIGKILL')).toBeNull();
    expect((await run(id)).status).toBe('running');

    const done = await completed(id);
    expect(await activePairs()).toEqual(expected);
    await expectHistoryOnce(id, done);
  });
});

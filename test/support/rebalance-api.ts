import request from 'supertest';
import { RebalanceRunner } from '../../src/rebalance/rebalance-runner.js';
import type { RebalanceSummary } from '../../src/rebalance/rebalance.entity.js';
import { RebalancesService } from '../../src/rebalance/rebalances.service.js';
import { bearer, TestApp } from './test-app.js';
import { waitFor } from './wait-for.js';

/** A run as `GET /api/rebalances/:id` answers it. */
export interface Run {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  progress: number;
  dryRun: boolean;
  applied: boolean;
  trigger: string;
  summary: RebalanceSummary | null;
  error: string | null;
  appliedAt: string | null;
}

/** Asks for a run as the coordinator and answers its id. */
export async function requestRun(t: TestApp, dryRun: boolean): Promise<string> {
  return (await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun }).expect(202)).body.id as string;
}

export async function runOf(t: TestApp, id: string): Promise<Run> {
  return (await request(t.http).get(`/api/rebalances/${id}`).set(bearer(t.coordinatorToken)).expect(200)).body as Run;
}

/** The run once the worker has completed or failed it. */
export function finishedRun(t: TestApp, id: string, timeoutMs?: number): Promise<Run> {
  return waitFor(
    async () => {
      const run = await runOf(t, id);
      return run.status === 'completed' || run.status === 'failed' ? run : null;
    },
    `rebalance ${id} to finish`,
    timeoutMs,
  );
}

export interface PlannedChangeView {
  kind: string;
  smeId: string;
  fromTutorId: string | null;
  toTutorId: string | null;
  reason: string;
}

/** A dry run planned in this process (no worker needed), and its changes as the API lists them. */
export async function dryRunChanges(t: TestApp): Promise<{ id: string; changes: PlannedChangeView[] }> {
  const run = await t.app.get(RebalancesService).request({ dryRun: true, trigger: 'manual' });
  await t.app.get(RebalanceRunner).run(run.id, async () => undefined);
  const changes = await request(t.http).get(`/api/rebalances/${run.id}/changes?limit=100`).set(bearer(t.coordinatorToken)).expect(200);
  return { id: run.id, changes: changes.body.items as PlannedChangeView[] };
}

/** Asks for a run and waits for it to finish. */
export async function runRebalance(t: TestApp, dryRun: boolean, timeoutMs?: number): Promise<{ id: string; run: Run }> {
  const id = await requestRun(t, dryRun);
  return { id, run: await finishedRun(t, id, timeoutMs) };
}

/** Every rule the program must hold at every commit, as the rows that break it. */
export async function brokenRules(t: TestApp) {
  const rows = (sql: string) => t.dataSource.query(sql) as Promise<{ id: string }[]>;
  const activeLoad = (tutor: string) => `(SELECT COUNT(*) FROM assignment a WHERE a."tutorId" = ${tutor}.id AND a."endedAt" IS NULL)`;
  return {
    tutorsAboveMaxSmes: await rows(`SELECT t.id FROM tutor t WHERE ${activeLoad('t')} > t."maxSmes"`),
    smesWithTwoTutors: await rows(`SELECT a."smeId" AS id FROM assignment a WHERE a."endedAt" IS NULL GROUP BY a."smeId" HAVING COUNT(*) > 1`),
    pairsOfInactiveTutors: await rows(`SELECT a.id FROM assignment a JOIN tutor t ON t.id = a."tutorId" WHERE a."endedAt" IS NULL AND t.status = 'inactive'`),
    pairsOfDepartedSmes: await rows(`SELECT a.id FROM assignment a JOIN sme s ON s.id = a."smeId" WHERE a."endedAt" IS NULL AND s.status IN ('graduated', 'withdrawn')`),
  };
}

export const NO_BROKEN_RULES = { tutorsAboveMaxSmes: [], smesWithTwoTutors: [], pairsOfInactiveTutors: [], pairsOfDepartedSmes: [] };

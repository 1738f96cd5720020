import request from 'supertest';
import { RebalanceRunner } from '../../src/rebalance/rebalance-runner.js';
import { RebalancesService } from '../../src/rebalance/rebalances.service.js';
import { bearer, TestApp } from './test-app.js';

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

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PHASE_SPAN, RebalanceRunner } from '../../src/rebalance/rebalance-runner.js';
import type { RebalanceSummary } from '../../src/rebalance/rebalance.entity.js';
import { requestRun } from '../support/rebalance-api.js';
import { insertSyntheticProgram } from '../support/synthetic-program.js';
import { startTestApp, TestApp } from '../support/test-app.js';

describe('a rebalance job delivered twice', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await insertSyntheticProgram(t.dataSource, { tutors: 40, smes: 120 });
  });
  afterAll(() => t.close());

  const count = async (sql: string) => Number((await t.dataSource.query(sql))[0].n);

  it('is written once when a second attempt completes the run while the first is about to write it', async () => {
    const id = await requestRun(t, false);
    const runner = t.app.get(RebalanceRunner);
    let second: RebalanceSummary | null = null;
    // The first attempt has planned; the job, handed on meanwhile (its lock lost), runs to the end in another attempt.
    const first = await runner.run(id, async (percent) => {
      if (percent >= PHASE_SPAN.writing[0] && second === null) second = await runner.run(id, async () => undefined);
    });

    expect(second).not.toBeNull();
    const { added, moved, ended } = second!;
    expect(added).toBeGreaterThan(0);
    expect(first).toEqual(second);
    expect(await count(`SELECT COUNT(*) AS n FROM assignment WHERE "rebalanceId" = '${id}' AND "startReason" = 'rebalance'`)).toBe(added + moved);
    expect(await count(`SELECT COUNT(*) AS n FROM rebalance_change WHERE "rebalanceId" = '${id}'`)).toBe(added + moved + ended);
    expect(await count(`SELECT COUNT(*) AS n FROM (SELECT "smeId" FROM assignment WHERE "endedAt" IS NULL GROUP BY "smeId" HAVING COUNT(*) > 1) twice`)).toBe(0);
  });
});

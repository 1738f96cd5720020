import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedDemoProgram } from '../../src/seed/seed-demo-program.js';
import { bearer, startTestApp, TestApp } from '../support/test-app.js';
import { brokenRules, NO_BROKEN_RULES, runRebalance } from '../support/rebalance-api.js';

describe('rebalancing the seeded pilot', () => {
  let t: TestApp;
  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));
  const completedRun = async (dryRun: boolean) => {
    const { run } = await runRebalance(t, dryRun);
    expect(run).toMatchObject({ status: 'completed', dryRun });
    return run;
  };

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    await seedDemoProgram(t.dataSource, { scale: 'pilot', seed: 1, skipIfSeeded: false });
  });
  afterAll(() => t.close());

  it('previews, applies within every rule, and then finds nothing more to move', async () => {
    const dryRun = await completedRun(true);
    expect(dryRun.progress).toBe(100);
    expect(dryRun.summary!.added + dryRun.summary!.moved).toBeGreaterThan(0);
    await asCoordinator(request(t.http).post(`/api/rebalances/${dryRun.id}/apply`)).expect(200);
    expect(await brokenRules(t)).toEqual(NO_BROKEN_RULES);
    const again = await completedRun(false);
    expect(again.summary).toMatchObject({ moved: 0, added: 0, ended: 0 });
  });

  it('keeps every rule while manual assignments race an apply', async () => {
    const waiting = (await asCoordinator(request(t.http).get('/api/smes?unassigned=true&status=enrolled&limit=20'))).body.items as { id: string }[];
    const tutors = (await asCoordinator(request(t.http).get('/api/tutors?status=active&limit=100'))).body.items as { id: string; load: number; maxSmes: number }[];
    const withSeats = tutors.filter((tutor) => tutor.load < tutor.maxSmes);
    await t.dataSource.query(`UPDATE tutor SET "maxSmes" = 3 WHERE "status" = 'active'`);
    const dryRun = await completedRun(true);
    const manual = waiting.flatMap((sme, i) => (withSeats[i] ? [{ tutorId: withSeats[i].id, smeId: sme.id }] : []));
    const [apply, ...assignments] = await Promise.all([
      asCoordinator(request(t.http).post(`/api/rebalances/${dryRun.id}/apply`)),
      ...manual.map((body) => asCoordinator(request(t.http).post('/api/assignments').send(body))),
    ]);
    expect([200, 409]).toContain(apply.status);
    for (const response of assignments) expect([201, 409]).toContain(response.status);
    expect(await brokenRules(t)).toEqual(NO_BROKEN_RULES);
  });
});

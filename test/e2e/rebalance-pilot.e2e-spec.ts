import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedDemoProgram } from '../../src/seed/seed-demo-program.js';
import { bearer, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

interface Run {
  id: string;
  status: string;
  progress: number;
  appliedAt: string | null;
  summary: { kept: number; moved: number; added: number; ended: number; unassigned: number };
}

describe('rebalancing the seeded pilot', () => {
  let t: TestApp;
  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));
  const requestRun = async (dryRun: boolean) => (await asCoordinator(request(t.http).post('/api/rebalances').send({ dryRun })).expect(202)).body.id as string;
  const finished = (id: string) =>
    waitFor(async () => {
      const run = (await asCoordinator(request(t.http).get(`/api/rebalances/${id}`))).body as Run;
      return run.status === 'completed' ? run : null;
    }, `run ${id}`);
  const invariantBreaches = () =>
    t.dataSource.query(
      `SELECT 'tutor over capacity' AS breach, t.id FROM tutor t
         WHERE (SELECT COUNT(*) FROM assignment a WHERE a."tutorId" = t.id AND a."endedAt" IS NULL) > t."maxSmes"
       UNION ALL
       SELECT 'sme with two tutors', a."smeId" FROM assignment a WHERE a."endedAt" IS NULL GROUP BY a."smeId" HAVING COUNT(*) > 1
       UNION ALL
       SELECT 'inactive tutor holds SMEs', a."tutorId" FROM assignment a JOIN tutor t ON t.id = a."tutorId"
         WHERE a."endedAt" IS NULL AND t."status" = 'inactive'`,
    );

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    await seedDemoProgram(t.dataSource, { scale: 'pilot', seed: 1, skipIfSeeded: false });
  });
  afterAll(() => t.close());

  it('previews, applies within every rule, and then finds nothing more to move', async () => {
    const dryRun = await finished(await requestRun(true));
    expect(dryRun.progress).toBe(100);
    expect(dryRun.summary.added + dryRun.summary.moved).toBeGreaterThan(0);
    await asCoordinator(request(t.http).post(`/api/rebalances/${dryRun.id}/apply`)).expect(200);
    expect(await invariantBreaches()).toEqual([]);
    const again = await finished(await requestRun(false));
    expect(again.summary).toMatchObject({ moved: 0, added: 0, ended: 0 });
  });

  it('keeps every rule while manual assignments race an apply', async () => {
    const waiting = (await asCoordinator(request(t.http).get('/api/smes?unassigned=true&status=enrolled&limit=20'))).body.items as { id: string }[];
    const tutors = (await asCoordinator(request(t.http).get('/api/tutors?status=active&limit=100'))).body.items as { id: string; load: number; maxSmes: number }[];
    const withSeats = tutors.filter((tutor) => tutor.load < tutor.maxSmes);
    await t.dataSource.query(`UPDATE tutor SET "maxSmes" = 3 WHERE "status" = 'active'`);
    const dryRun = await finished(await requestRun(true));
    const manual = waiting.flatMap((sme, i) => (withSeats[i] ? [{ tutorId: withSeats[i].id, smeId: sme.id }] : []));
    const [apply, ...assignments] = await Promise.all([
      asCoordinator(request(t.http).post(`/api/rebalances/${dryRun.id}/apply`)),
      ...manual.map((body) => asCoordinator(request(t.http).post('/api/assignments').send(body))),
    ]);
    expect([200, 409]).toContain(apply.status);
    for (const response of assignments) expect([201, 409]).toContain(response.status);
    expect(await invariantBreaches()).toEqual([]);
  });
});

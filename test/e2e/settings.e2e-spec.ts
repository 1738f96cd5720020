import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RebalanceRunner } from '../../src/rebalance/rebalance-runner.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

describe('program settings', () => {
  let t: TestApp;
  const patch = (body: object) => request(t.http).patch('/api/settings').set(bearer(t.coordinatorToken)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows the defaults of MATCHING.md section 2', async () => {
    const settings = await request(t.http).get('/api/settings').set(bearer(t.coordinatorToken)).expect(200);
    expect(settings.body.matching).toEqual({
      geographyCost: { sameRegency: 0, sameProvince: 20, sameIslandGroup: 45, other: 80 },
      categoryMismatchCost: 15,
      languageMismatchCost: 25,
      stayBonus: 30,
      sessionBonus: 100,
      slotCosts: [-160, -160, 0],
      unassignedCost: { default: 130, traditional: 180, needsContinuedMentoring: 230 },
    });
  });

  it.each([
    ['geography costs that fall from province to island group', { geographyCost: { sameRegency: 0, sameProvince: 50, sameIslandGroup: 45, other: 80 } }],
    ['decreasing slot costs', { slotCosts: [0, -160] }],
    ['more than three slots', { slotCosts: [-1, 0, 1, 2] }],
    ['a cost beyond a million', { stayBonus: 2_000_000 }],
    ['a partial nested group', { unassignedCost: { default: 100 } }],
    ['a negative session bonus', { sessionBonus: -1 }],
  ])('refuses %s, changing nothing', async (_what, matching) => {
    const response = await patch({ matching }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body.details)).toContain('matching');
    expect((await request(t.http).get('/api/settings').set(bearer(t.coordinatorToken))).body.matching.stayBonus).toBe(30);
  });

  it('feeds a changed cost model to the next rebalance', async () => {
    await created(t, '/api/tutors', aTutor());
    await created(t, '/api/smes', anSme());
    await patch({ matching: { unassignedCost: { default: -500, traditional: -500, needsContinuedMentoring: -500 } } }).expect(200);
    const run = await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: true }).expect(202);
    const summary = await t.app.get(RebalanceRunner).run(run.body.id, async () => undefined);
    // Waiting now pays better than any pair, so the plan seats nobody.
    expect(summary).toMatchObject({ added: 0, unassigned: 1 });
  });
});

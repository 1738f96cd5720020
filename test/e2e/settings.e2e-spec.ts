import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RebalanceRunner } from '../../src/rebalance/rebalance-runner.js';
import { expectValidationFailed } from '../support/api-checks.js';
import { toCsv } from '../support/csv.js';
import { aTutor, anSme, without } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

describe('program settings', () => {
  let t: TestApp;
  const patch = (body: object) => request(t.http).patch('/api/settings').set(bearer(t.coordinatorToken)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows the defaults of docs/matching-model.md section 2', async () => {
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

describe('program settings are checked whole, section by section', () => {
  let t: TestApp;
  const patch = (body: object) => request(t.http).patch('/api/settings').set(bearer(t.coordinatorToken)).send(body);
  const settingRows = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM program_setting'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['a section that is an array', { segmentation: [] }, 'segmentation'],
    ['a section with nothing in it', { flags: {} }, 'flags'],
    ['no slot costs', { matching: { slotCosts: [] } }, 'matching.slotCosts'],
    ['fewer slot costs than tutorLoad.max', { matching: { slotCosts: [5] } }, 'matching.slotCosts'],
    ['a nested group that is an array', { matching: { geographyCost: [] } }, 'matching.geographyCost'],
    ['a tutorLoad.max without slot costs to match', { tutorLoad: { max: 2 } }, 'matching.slotCosts'],
    ['a tutorLoad.max above the engine’s three', { tutorLoad: { max: 4 }, matching: { slotCosts: [0, 0, 0, 0] } }, 'tutorLoad.max'],
    ['a tutorLoad.max of zero', { tutorLoad: { max: 0 } }, 'tutorLoad.max'],
  ])('refuses %s and writes no row', async (_what, body, field) => {
    const before = await settingRows();
    expectValidationFailed(await patch(body), field);
    expect(await settingRows()).toBe(before);
  });

  describe('tutorLoad.max bounds every tutor', () => {
    beforeAll(async () => {
      await patch({ tutorLoad: { max: 2 }, matching: { slotCosts: [-160, 0] } }).expect(200);
    });

    it('shows the bound and its slot costs', async () => {
      const settings = await request(t.http).get('/api/settings').set(bearer(t.coordinatorToken)).expect(200);
      expect(settings.body.tutorLoad).toEqual({ max: 2 });
      expect(settings.body.matching.slotCosts).toEqual([-160, 0]);
    });

    it('gives a new tutor the program’s bound and refuses one above it', async () => {
      expect((await created<{ maxSmes: number }>(t, '/api/tutors', without(aTutor(), 'maxSmes'))).maxSmes).toBe(2);
      expectValidationFailed(await request(t.http).post('/api/tutors').set(bearer(t.coordinatorToken)).send(aTutor({ maxSmes: 3 })), 'maxSmes');
    });

    it('refuses raising a tutor above it, and an imported tutor above it', async () => {
      const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ maxSmes: 1 }));
      expectValidationFailed(await request(t.http).patch(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).send({ maxSmes: 3 }), 'maxSmes');
      const imported = await request(t.http).post('/api/imports/tutors').set(bearer(t.coordinatorToken)).set('Content-Type', 'text/csv').send(toCsv([aTutor()]));
      expect(imported.body.errors).toEqual([{ row: 2, field: 'maxSmes', code: 'ABOVE_TUTOR_LOAD_MAX' }]);
    });

    it('refuses lowering the bound below a tutor’s maxSmes', async () => {
      const response = await patch({ tutorLoad: { max: 1 }, matching: { slotCosts: [-160] } });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 409, code: 'MAX_SMES_ABOVE_TUTOR_LOAD' });
      expect((await request(t.http).get('/api/settings').set(bearer(t.coordinatorToken))).body.tutorLoad).toEqual({ max: 2 });
    });
  });
});

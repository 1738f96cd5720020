import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { programToday } from '../support/program-calendar.js';
import { dryRunChanges } from '../support/rebalance-api.js';
import { bearer, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

/**
 * A Sundanese food SME near Bandung first placed with a Surabaya fashion seller speaking Javanese
 * (45 + 15 + 25 = 85), while a Bandung food seller speaking Sundanese (20) has a free seat: a
 * rebalance moves the pair unless the coordinator's pin or a logged session holds it.
 */
describe('a rebalance keeps what a coordinator chose and relationships that have started', () => {
  let t: TestApp;
  let far: { id: string };
  let near: { id: string };
  let sme: { id: string };

  const assign = (body: object) => created<{ id: string; pinned: boolean }>(t, '/api/assignments', { tutorId: far.id, smeId: sme.id, ...body });
  const patch = (id: string, body: object) => request(t.http).patch(`/api/assignments/${id}`).set(bearer(t.coordinatorToken)).send(body);
  const changeOf = async () => (await dryRunChanges(t)).changes.find((c) => c.smeId === sme.id);

  beforeEach(async () => {
    await t?.close();
    t = await startTestApp();
    far = await created(t, '/api/tutors', aTutor({ name: 'Budi', regencyCode: '35.78', categories: ['fashion'], languages: ['id', 'jv'], modes: ['online'] }));
    near = await created(t, '/api/tutors', aTutor({ regencyCode: '32.73', categories: ['food_beverage'], languages: ['id', 'su'] }));
    sme = await created(t, '/api/smes', anSme({ regencyCode: '32.04', category: 'food_beverage', languages: ['su'] }));
  });
  afterAll(() => t.close());

  it('pins a manual assignment unless told otherwise, and a rebalance keeps the pin', async () => {
    const assignment = await assign({});
    expect(assignment.pinned).toBe(true);
    expect(await changeOf()).toBeUndefined();
  });

  it('moves an unpinned manual pair to the better fit', async () => {
    await assign({ pinned: false });
    expect(await changeOf()).toMatchObject({ kind: 'moved', fromTutorId: far.id, toTutorId: near.id });
  });

  it('lets the coordinator unpin an active pair later, and pin it again', async () => {
    const assignment = await assign({});
    expect((await patch(assignment.id, { pinned: false }).expect(200)).body).toMatchObject({ id: assignment.id, pinned: false });
    expect(await changeOf()).toMatchObject({ kind: 'moved', toTutorId: near.id });
    expect((await patch(assignment.id, { pinned: true }).expect(200)).body.pinned).toBe(true);
    expect(await changeOf()).toBeUndefined();
  });

  it('keeps an unpinned pair that has logged a session, though a better fit is free', async () => {
    await assign({ pinned: false });
    const tutorToken = await signedIn(t, 'tutor.budi', { tutorId: far.id });
    await request(t.http).post('/api/sessions').set(bearer(tutorToken)).send({ smeId: sme.id, date: programToday(), durationMinutes: 60, mode: 'online', topics: ['store_setup'] }).expect(201);
    expect(await changeOf()).toBeUndefined();
  });

  it('refuses to pin an ended pair, an unknown one, or a body without pinned', async () => {
    const assignment = await assign({});
    await request(t.http).post(`/api/assignments/${assignment.id}/end`).set(bearer(t.coordinatorToken)).send({ reason: 'manual' }).expect(200);
    expect((await patch(assignment.id, { pinned: false })).body).toMatchObject({ statusCode: 409, code: 'ASSIGNMENT_ENDED' });
    expect((await patch('00000000-0000-4000-8000-000000000000', { pinned: false })).status).toBe(404);
    expect((await patch(assignment.id, {})).body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect((await patch(assignment.id, { pinned: 'yes' })).body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });
});

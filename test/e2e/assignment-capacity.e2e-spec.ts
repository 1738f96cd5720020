import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

describe('a tutor whose maxSmes was lowered', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('takes no SME beyond the new maxSmes, whichever seats its SMEs hold', async () => {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ maxSmes: 3 }));
    const smes = await Promise.all([1, 2, 3, 4].map(() => created<{ id: string }>(t, '/api/smes', anSme())));
    const pairs = [];
    for (const sme of smes.slice(0, 3)) pairs.push(await created<{ id: string }>(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id }));
    // Seats 1 and 3 stay taken, seat 2 frees up.
    await request(t.http).post(`/api/assignments/${pairs[1].id}/end`).set(bearer(t.coordinatorToken)).send({ reason: 'manual' }).expect(200);
    await request(t.http).patch(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).send({ maxSmes: 2 }).expect(200);
    const refused = await request(t.http).post('/api/assignments').set(bearer(t.coordinatorToken)).send({ tutorId: tutor.id, smeId: smes[3].id }).expect(409);
    expect(refused.body.code).toBe('TUTOR_AT_CAPACITY');
    expect((await request(t.http).get(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken))).body.load).toBe(2);
  });

  it('cannot be lowered below the SMEs it holds', async () => {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ maxSmes: 2 }));
    for (let i = 0; i < 2; i++) await created(t, '/api/assignments', { tutorId: tutor.id, smeId: (await created<{ id: string }>(t, '/api/smes', anSme())).id });
    const refused = await request(t.http).patch(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).send({ maxSmes: 1 }).expect(409);
    expect(refused.body).toMatchObject({ code: 'MAX_SMES_BELOW_LOAD', message: expect.stringContaining('end an assignment first') });
  });
});

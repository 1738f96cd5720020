import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

const PARALLEL = 20;

describe('parallel POST /api/assignments', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const assign = (tutorId: string, smeId: string) =>
    request(t.http).post('/api/assignments').set(bearer(t.coordinatorToken)).send({ tutorId, smeId });

  const createMany = <T>(count: number, make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: count }, (_, i) => make(i)));

  it.each([1, 2, 3])('give a tutor with maxSmes %i exactly that many SMEs, the rest TUTOR_AT_CAPACITY', async (maxSmes) => {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ maxSmes }));
    const smes = await createMany(PARALLEL, () => created<{ id: string }>(t, '/api/smes', anSme()));
    const responses = await Promise.all(smes.map((sme) => assign(tutor.id, sme.id)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(maxSmes);
    const refused = responses.filter((r) => r.status !== 201);
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(Array(PARALLEL - maxSmes).fill([409, 'TUTOR_AT_CAPACITY']));
    const stored = await request(t.http).get(`/api/assignments?tutorId=${tutor.id}&active=true&limit=100`).set(bearer(t.coordinatorToken));
    expect(stored.body.items).toHaveLength(maxSmes);
  });

  it('give one SME exactly one tutor when many try at once', async () => {
    const sme = await created<{ id: string }>(t, '/api/smes', anSme());
    const tutors = await createMany(PARALLEL, () => created<{ id: string }>(t, '/api/tutors', aTutor()));
    const responses = await Promise.all(tutors.map((tutor) => assign(tutor.id, sme.id)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(responses.filter((r) => r.status !== 201).map((r) => r.body.code))).toEqual(new Set(['SME_ALREADY_ASSIGNED']));
    const stored = await request(t.http).get(`/api/assignments?smeId=${sme.id}&active=true`).set(bearer(t.coordinatorToken));
    expect(stored.body.items).toHaveLength(1);
  });

  it('hold both rules when tutors and SMEs cross in one burst', async () => {
    const tutors = await createMany(4, () => created<{ id: string }>(t, '/api/tutors', aTutor({ maxSmes: 2 })));
    const smes = await createMany(6, () => created<{ id: string }>(t, '/api/smes', anSme()));
    await Promise.all(tutors.flatMap((tutor) => smes.map((sme) => assign(tutor.id, sme.id))));
    const active = await request(t.http).get('/api/assignments?active=true&limit=100').set(bearer(t.coordinatorToken));
    const ours = active.body.items.filter((a: { tutorId: string }) => tutors.some((tutor) => tutor.id === a.tutorId));
    const perTutor = tutors.map((tutor) => ours.filter((a: { tutorId: string }) => a.tutorId === tutor.id).length);
    const perSme = smes.map((sme) => ours.filter((a: { smeId: string }) => a.smeId === sme.id).length);
    expect(Math.max(...perTutor)).toBeLessThanOrEqual(2);
    expect(perSme.every((n) => n === 1)).toBe(true);
  });
});

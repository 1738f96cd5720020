import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { programToday } from '../support/program-calendar.js';
import { bearer, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

describe('a coordinator assigns a tutor, the tutor logs a session, the SME sees its mentor', () => {
  let t: TestApp;
  let tutor: { id: string; provinceCode: string; load: number };
  let sme: { id: string; segment: string; provinceCode: string };
  let tutorToken: string;
  let smeToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    tutor = await created(t, '/api/tutors', aTutor());
    sme = await created(t, '/api/smes', anSme());
    tutorToken = await signedIn(t, 'tutor.siti', { tutorId: tutor.id });
    smeToken = await signedIn(t, 'sme.ani', { smeId: sme.id });
  });
  afterAll(() => t.close());

  it('derives the province and the segment', () => {
    expect(tutor).toMatchObject({ provinceCode: '32', load: 0, status: 'active', maxSmes: 3 });
    expect(sme).toMatchObject({ provinceCode: '32', segment: 'traditional', status: 'enrolled', currentTutorId: null });
  });

  it('assigns, explains why, and counts the load', async () => {
    const assignment = await created<{ explanation: { sameProvince: boolean; summary: string } }>(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });
    expect(assignment).toMatchObject({ tutorId: tutor.id, smeId: sme.id, startReason: 'manual', endedAt: null, pinned: true });
    expect(assignment.explanation).toMatchObject({ sameRegency: false, sameProvince: true, categoryMatch: false, sharedLanguage: true });
    const after = await request(t.http).get(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).expect(200);
    expect(after.body.load).toBe(1);
    const smeAfter = await request(t.http).get(`/api/smes/${sme.id}`).set(bearer(t.coordinatorToken)).expect(200);
    expect(smeAfter.body).toMatchObject({ currentTutorId: tutor.id, status: 'mentoring', courseProgress: [], openFlags: [] });
  });

  it('lets the tutor log a session and list its SMEs', async () => {
    const session = await request(t.http)
      .post('/api/sessions')
      .set(bearer(tutorToken))
      .send({ smeId: sme.id, date: programToday(), durationMinutes: 60, mode: 'in_person', topics: ['store_setup'], notes: 'Opened the shop' })
      .expect(201);
    expect(session.body).toMatchObject({ tutorId: tutor.id, smeId: sme.id, topics: ['store_setup'], notes: 'Opened the shop' });
    const mine = await request(t.http).get('/api/me/smes').set(bearer(tutorToken)).expect(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ id: sme.id, lastSessionDate: programToday(), openFlags: [] });
  });

  it('shows the SME its mentor and its sessions', async () => {
    const mentor = await request(t.http).get('/api/me/mentor').set(bearer(smeToken)).expect(200);
    expect(mentor.body.mentor).toMatchObject({ name: 'Siti Rahayu', storeName: 'Batik Siti', regencyCode: '32.73', modes: ['online', 'in_person'] });
    const sessions = await request(t.http).get('/api/me/sessions').set(bearer(smeToken)).expect(200);
    expect(sessions.body.items).toHaveLength(1);
    expect(sessions.body.nextCursor).toBeNull();
  });

  it('keeps the history when the pair ends, and tells the SME why it has no mentor', async () => {
    const [active] = (await request(t.http).get(`/api/assignments?smeId=${sme.id}&active=true`).set(bearer(t.coordinatorToken)).expect(200)).body.items;
    await request(t.http).post(`/api/assignments/${active.id}/end`).set(bearer(t.coordinatorToken)).send({ reason: 'manual' }).expect(200);
    await request(t.http).post(`/api/assignments/${active.id}/end`).set(bearer(t.coordinatorToken)).send({ reason: 'manual' }).expect(409);
    const history = await request(t.http).get(`/api/smes/${sme.id}/assignments`).set(bearer(t.coordinatorToken)).expect(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ endReason: 'manual' });
    expect(history.body.items[0].endedAt).not.toBeNull();
    const mentor = await request(t.http).get('/api/me/mentor').set(bearer(smeToken)).expect(200);
    expect(mentor.body).toEqual({ mentor: null, reason: expect.stringContaining('No mentor') });
  });

  it.each([
    ['graduated', 'You have graduated from the program and no longer need a mentor.'],
    ['withdrawn', 'You have withdrawn from the program.'],
  ])('tells a %s SME why it has no mentor', async (status, reason) => {
    await request(t.http).patch(`/api/smes/${sme.id}`).set(bearer(t.coordinatorToken)).send({ status }).expect(200);
    const mentor = await request(t.http).get('/api/me/mentor').set(bearer(smeToken)).expect(200);
    expect(mentor.body).toEqual({ mentor: null, reason });
  });

  it('refuses a session for an SME the tutor no longer mentors, as not found', async () => {
    const response = await request(t.http)
      .post('/api/sessions')
      .set(bearer(tutorToken))
      .send({ smeId: sme.id, date: programToday(), durationMinutes: 30, mode: 'online', topics: ['pricing'] })
      .expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});

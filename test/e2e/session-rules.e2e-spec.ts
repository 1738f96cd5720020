import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { calendarDayIn } from '../../src/common/calendar-day.js';
import { aTutor, anSme } from '../support/factories.js';
import { programToday } from '../support/program-calendar.js';
import { bearer, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

const DAY_MS = 24 * 3600 * 1000;

describe('a session lies within its pair, on the program calendar, in a mode the tutor offers', () => {
  let t: TestApp;
  let sme: { id: string };
  let tutorToken: string;
  const log = (change: object) =>
    request(t.http).post('/api/sessions').set(bearer(tutorToken)).send({ smeId: sme.id, date: programToday(), durationMinutes: 45, mode: 'online', topics: ['pricing'], ...change });

  beforeAll(async () => {
    t = await startTestApp();
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ modes: ['online'] }));
    sme = await created(t, '/api/smes', anSme());
    await created(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });
    tutorToken = await signedIn(t, 'tutor.online', { tutorId: tutor.id });
  });
  afterAll(() => t.close());

  it('takes a session of today in the program time zone', async () => {
    expect((await log({}).expect(201)).body).toMatchObject({ smeId: sme.id, date: programToday(), mode: 'online' });
  });

  it('refuses a date before the pair began with SESSION_BEFORE_ASSIGNMENT', async () => {
    const yesterday = calendarDayIn('Asia/Jakarta', new Date(Date.now() - DAY_MS));
    expect((await log({ date: yesterday })).body).toMatchObject({ statusCode: 400, code: 'SESSION_BEFORE_ASSIGNMENT' });
  });

  it('refuses a mode the tutor does not offer with MODE_NOT_OFFERED', async () => {
    expect((await log({ mode: 'in_person' })).body).toMatchObject({ statusCode: 400, code: 'MODE_NOT_OFFERED' });
  });

  it('refuses a date in the future of the program calendar, or not a calendar date', async () => {
    const tomorrow = calendarDayIn('Asia/Jakarta', new Date(Date.now() + DAY_MS));
    for (const date of [tomorrow, '2026-02-30', '20261201']) {
      expect((await log({ date })).body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    }
    const sessions = await request(t.http).get(`/api/sessions?smeId=${sme.id}`).set(bearer(t.coordinatorToken)).expect(200);
    expect(sessions.body.items).toHaveLength(1);
  });
});

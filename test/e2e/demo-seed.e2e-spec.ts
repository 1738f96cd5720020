import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Assignment } from '../../src/assignments/assignment.entity.js';
import { calendarDayIn } from '../../src/common/calendar-day.js';
import { MentoringSession } from '../../src/sessions/mentoring-session.entity.js';
import { Sme } from '../../src/smes/sme.entity.js';
import { Tutor } from '../../src/tutors/tutor.entity.js';
import { islandGroupOf } from '../../src/regions/island-group.js';
import type { DemoAccount } from '../../src/seed/demo-accounts.js';
import { seedDemoProgram } from '../../src/seed/seed-demo-program.js';
import { programToday } from '../support/program-calendar.js';
import { bearer, loginToken, startTestApp, TestApp } from '../support/test-app.js';

const NOW = new Date('2026-11-20T03:00:00Z');

describe('the seeded pilot, walked as a newcomer would', () => {
  let t: TestApp;
  let accounts: DemoAccount[];
  const token = (login: string) => loginToken(t.http, login, accounts.find((a) => a.login === login)!.password);
  const idIn = (note: string) => note.match(/[0-9a-f-]{36}/)![0];

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await seedDemoProgram(t.dataSource, { scale: 'pilot', seed: 1, skipIfSeeded: false }, NOW);
  });
  afterAll(() => t.close());

  it('holds 100 tutors, mostly on Java, 300 SMEs over many provinces, and the courses', async () => {
    const tutors: { provinceCode: string }[] = await t.dataSource.query('SELECT "provinceCode" FROM tutor');
    const smes: { provinceCode: string }[] = await t.dataSource.query('SELECT "provinceCode" FROM sme');
    expect(tutors).toHaveLength(100);
    expect(smes).toHaveLength(300);
    expect(tutors.filter((r) => islandGroupOf(r.provinceCode) === 'java').length).toBeGreaterThan(50);
    expect(new Set(smes.map((r) => r.provinceCode)).size).toBeGreaterThan(20);
    const courses = await request(t.http).get('/api/courses').set(bearer(await token('demo.coordinator'))).expect(200);
    expect(courses.body.items).toHaveLength(3);
  });

  it('starts within every capacity, with progress and sessions logged', async () => {
    const overfull = await t.dataSource.query(
      'SELECT t.id FROM tutor t WHERE (SELECT COUNT(*) FROM assignment a WHERE a."tutorId" = t.id AND a."endedAt" IS NULL) > t."maxSmes"',
    );
    expect(overfull).toEqual([]);
    const [{ sessions }] = await t.dataSource.query('SELECT COUNT(*) AS sessions FROM mentoring_session');
    const [{ progress }] = await t.dataSource.query('SELECT COUNT(*) AS progress FROM course_progress');
    expect(Number(sessions)).toBeGreaterThan(0);
    expect(Number(progress)).toBeGreaterThan(0);
  });

  it('gives everyone Indonesian, and regional languages where they are spoken', async () => {
    const people = [...(await t.dataSource.getRepository(Tutor).find()), ...(await t.dataSource.getRepository(Sme).find())];
    expect(people.filter((p) => !p.languages.includes('id'))).toEqual([]);
    const misplaced = people.filter((p) => (p.languages.includes('su') && p.provinceCode !== '32' && p.provinceCode !== '36') || (p.languages.includes('jv') && ['31', '32', '36'].includes(p.provinceCode)));
    expect(misplaced).toEqual([]);
    const westJava = people.filter((p) => p.provinceCode === '32');
    expect(westJava.filter((p) => p.languages.includes('su')).length).toBeGreaterThan(0);
    expect(people.filter((p) => ['33', '35'].includes(p.provinceCode) && p.languages.includes('jv')).length).toBeGreaterThan(0);
  });

  it('logs its sessions within their pairs, on the program calendar, in modes the tutors offer', async () => {
    const [sessions, tutors, assignments] = await Promise.all([
      t.dataSource.getRepository(MentoringSession).find(),
      t.dataSource.getRepository(Tutor).find(),
      t.dataSource.getRepository(Assignment).find(),
    ]);
    expect(sessions.length).toBeGreaterThan(0);
    const today = calendarDayIn('Asia/Jakarta', NOW);
    for (const session of sessions) {
      const pair = assignments.find((a) => a.smeId === session.smeId && a.tutorId === session.tutorId)!;
      expect(tutors.find((tutor) => tutor.id === session.tutorId)!.modes).toContain(session.mode);
      expect([session.date >= calendarDayIn('Asia/Jakarta', pair.startedAt), session.date <= today]).toEqual([true, true]);
    }
  });

  it('lets the coordinator assign the demo tutor, the tutor log a session, and the SME see its mentor', async () => {
    const tutorId = idIn(accounts.find((a) => a.login === 'demo.tutor')!.note);
    const smeId = idIn(accounts.find((a) => a.login === 'demo.sme')!.note);
    await request(t.http).post('/api/assignments').set(bearer(await token('demo.coordinator'))).send({ tutorId, smeId }).expect(201);
    await request(t.http)
      .post('/api/sessions')
      .set(bearer(await token('demo.tutor')))
      .send({ smeId, date: programToday(), durationMinutes: 60, mode: 'online', topics: ['store_setup'] })
      .expect(201);
    const mentor = await request(t.http).get('/api/me/mentor').set(bearer(await token('demo.sme'))).expect(200);
    expect(mentor.body.mentor).toMatchObject({ name: expect.any(String), storeName: expect.any(String) });
  });
});

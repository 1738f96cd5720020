import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Account, type Role } from '../../src/auth/account.entity.js';
import { hashPassword } from '../../src/auth/password-hasher.js';
import { expectValidationFailed } from '../support/api-checks.js';
import { aTutor, anSme } from '../support/factories.js';
import { programToday } from '../support/program-calendar.js';
import { bearer, created, loginToken, signedIn, startTestApp, TestApp } from '../support/test-app.js';

describe('accounts are linked to exactly one record of their role', () => {
  let t: TestApp;
  let tutor: { id: string };
  let sme: { id: string };
  const createAccount = (body: object) => request(t.http).post('/api/accounts').set(bearer(t.coordinatorToken)).send(body);
  const account = (login: string, link: object) => ({ login, password: `${login}-password`, ...link });

  beforeAll(async () => {
    t = await startTestApp();
    tutor = await created(t, '/api/tutors', aTutor());
    sme = await created(t, '/api/smes', anSme());
    await created(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });
    const tutorToken = await signedIn(t, 'tutor.siti', { tutorId: tutor.id });
    await request(t.http)
      .post('/api/sessions')
      .set(bearer(tutorToken))
      .send({ smeId: sme.id, date: programToday(), durationMinutes: 60, mode: 'online', topics: ['pricing'], notes: 'private notes' })
      .expect(201);
  });
  afterAll(() => t.close());

  it.each([
    ['a tutor account with a null tutorId', account('tutor.null', { role: 'tutor', tutorId: null }), 'tutorId'],
    ['an SME account with a null smeId', account('sme.null', { role: 'sme', smeId: null }), 'smeId'],
    ['a tutor account without tutorId', account('tutor.none', { role: 'tutor' }), 'tutorId'],
    ['an SME account without smeId', account('sme.none', { role: 'sme' }), 'smeId'],
    ['a coordinator account with a null tutorId', account('coord.null', { role: 'coordinator', tutorId: null }), 'tutorId'],
    ['a coordinator account with an smeId', account('coord.sme', { role: 'coordinator', smeId: randomUUID() }), 'smeId'],
    ['a tutor account with an smeId beside its tutorId', account('tutor.both', { role: 'tutor', tutorId: randomUUID(), smeId: randomUUID() }), 'smeId'],
  ])('refuses %s with 400 naming the field', async (_what, body, field) => {
    expectValidationFailed(await createAccount(body), field);
  });

  it.each([
    ['tutor', { role: 'tutor', tutorId: randomUUID() }, 'TUTOR_NOT_FOUND'],
    ['sme', { role: 'sme', smeId: randomUUID() }, 'SME_NOT_FOUND'],
  ])('answers 404 for a %s account linked to an unknown record', async (role, link, code) => {
    const response = await createAccount(account(`${role}.unknown`, link));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code });
  });

  it('gives a tutor or SME record one account only, also under concurrent requests', async () => {
    const other = await created<{ id: string }>(t, '/api/smes', anSme({ businessName: 'Warung Dua' }));
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => createAccount(account(`sme.twin${i}`, { role: 'sme', smeId: other.id }))));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(answers.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(['RECORD_ALREADY_LINKED', 'RECORD_ALREADY_LINKED', 'RECORD_ALREADY_LINKED']);
    const again = await createAccount(account('tutor.second', { role: 'tutor', tutorId: tutor.id }));
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'RECORD_ALREADY_LINKED' });
  });

  it.each([
    ['tutor', ['/api/me', '/api/me/sessions', '/api/me/smes']],
    ['sme', ['/api/me', '/api/me/sessions', '/api/me/mentor', '/api/me/courses']],
  ])('shows a %s account whose link the database lacks nothing of anyone: 403 on every "me" route', async (role, paths) => {
    const login = `${role}.unlinked`;
    await t.dataSource.getRepository(Account).insert({ login, passwordHash: await hashPassword(`${login}-password`), role: role as Role, tutorId: null, smeId: null });
    const token = await loginToken(t.http, login, `${login}-password`);
    for (const path of paths) {
      const response = await request(t.http).get(path).set(bearer(token));
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 403, code: 'FORBIDDEN' });
    }
  });
});

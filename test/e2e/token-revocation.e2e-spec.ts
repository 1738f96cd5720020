import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Account } from '../../src/auth/account.entity.js';
import { anSme, aTutor } from '../support/factories.js';
import { bearer, created, loginToken, startTestApp, TestApp } from '../support/test-app.js';

describe('a token stops working as soon as its account is removed or its password changes', () => {
  let t: TestApp;
  let second: TestApp | undefined;
  const me = (token: string, app = t) => request(app.http).get('/api/me').set(bearer(token));

  /** A signed-in tutor account, with the token it got. */
  async function tutorAccount(login: string): Promise<{ id: string; token: string }> {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ name: login }));
    const account = await created<{ id: string }>(t, '/api/accounts', { login, password: `${login}-password`, role: 'tutor', tutorId: tutor.id });
    return { id: account.id, token: await loginToken(t.http, login, `${login}-password`) };
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await second?.close();
    await t.close();
  });

  it('refuses the token of a removed account', async () => {
    const { id, token } = await tutorAccount('tutor.removed');
    await me(token).expect(200);
    await request(t.http).delete(`/api/accounts/${id}`).set(bearer(t.coordinatorToken)).expect(204);
    const response = await me(token).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
    await request(t.http).delete(`/api/accounts/${id}`).set(bearer(t.coordinatorToken)).expect(404);
  });

  it('refuses the token of an account deleted straight from the database', async () => {
    const { id, token } = await tutorAccount('tutor.deleted');
    await t.dataSource.getRepository(Account).delete({ id });
    expect((await me(token)).status).toBe(401);
  });

  it('refuses the tokens issued before a password change, and takes the new password', async () => {
    const { id, token } = await tutorAccount('tutor.reset');
    const changed = await request(t.http).patch(`/api/accounts/${id}`).set(bearer(t.coordinatorToken)).send({ password: 'a-brand-new-password' }).expect(200);
    expect(changed.body).toMatchObject({ id, login: 'tutor.reset', role: 'tutor' });
    expect((await me(token)).status).toBe(401);
    await request(t.http).post('/api/auth/login').send({ login: 'tutor.reset', password: 'tutor.reset-password' }).expect(401);
    await me(await loginToken(t.http, 'tutor.reset', 'a-brand-new-password')).expect(200);
  });

  it('refuses a removed account at once in every API process sharing the database', async () => {
    const { id, token } = await tutorAccount('tutor.shared');
    second = await startTestApp({ DATABASE_URL: t.env.DATABASE_URL });
    await me(token, second).expect(200);
    await request(t.http).delete(`/api/accounts/${id}`).set(bearer(t.coordinatorToken)).expect(204);
    expect((await me(token, second)).status).toBe(401);
  });

  // The mentor route confirms the token in its own read rather than the guard's.
  it('refuses an SME’s token at its mentor route once the account is removed or its password changes', async () => {
    const mentor = (token: string) => request(t.http).get('/api/me/mentor').set(bearer(token));
    const sme = await created<{ id: string }>(t, '/api/smes', anSme({ businessName: 'Warung Sabar' }));
    const account = await created<{ id: string }>(t, '/api/accounts', { login: 'sme.revoked', password: 'sme-revoked-password', role: 'sme', smeId: sme.id });
    const before = await loginToken(t.http, 'sme.revoked', 'sme-revoked-password');
    expect((await mentor(before).expect(200)).body).toMatchObject({ mentor: null, reason: expect.stringMatching(/No mentor is assigned yet/) });
    await request(t.http).patch(`/api/accounts/${account.id}`).set(bearer(t.coordinatorToken)).send({ password: 'sme-new-password' }).expect(200);
    expect((await mentor(before)).body).toMatchObject({ code: 'UNAUTHENTICATED' });
    const after = await loginToken(t.http, 'sme.revoked', 'sme-new-password');
    await mentor(after).expect(200);
    await request(t.http).delete(`/api/accounts/${account.id}`).set(bearer(t.coordinatorToken)).expect(204);
    expect((await mentor(after)).status).toBe(401);
  });

  it('refuses a removed coordinator’s token at the queue dashboard too', async () => {
    const account = await created<{ id: string }>(t, '/api/accounts', { login: 'coordinator.two', password: 'coordinator-two-password', role: 'coordinator' });
    const token = await loginToken(t.http, 'coordinator.two', 'coordinator-two-password');
    await request(t.http).get('/admin/queues').set(bearer(token)).expect(200);
    await request(t.http).delete(`/api/accounts/${account.id}`).set(bearer(t.coordinatorToken)).expect(204);
    expect((await request(t.http).get('/admin/queues').set(bearer(token))).status).toBe(401);
  });

  it('lets only coordinators remove accounts or change passwords', async () => {
    const { id, token } = await tutorAccount('tutor.curious');
    expect((await request(t.http).delete(`/api/accounts/${id}`).set(bearer(token))).status).toBe(403);
    expect((await request(t.http).patch(`/api/accounts/${id}`).set(bearer(token)).send({ password: 'another-password' })).status).toBe(403);
    await me(token).expect(200);
  });
});

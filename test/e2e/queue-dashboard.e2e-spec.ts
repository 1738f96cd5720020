import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor } from '../support/factories.js';
import { bearer, COORDINATOR, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

describe('the queue dashboard at /admin/queues', () => {
  let t: TestApp;
  let tutorToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    tutorToken = await signedIn(t, 'tutor.dash', { tutorId: (await created<{ id: string }>(t, '/api/tutors', aTutor())).id });
  });
  afterAll(() => t.close());

  it('asks anonymous callers to sign in', async () => {
    const response = await request(t.http).get('/admin/queues').expect(401);
    expect(response.headers['www-authenticate']).toContain('Basic');
  });

  it('refuses tutors, and coordinators who give a wrong password', async () => {
    await request(t.http).get('/admin/queues').set(bearer(tutorToken)).expect(403);
    await request(t.http).get('/admin/queues').auth(COORDINATOR.login, 'wrong-password').expect(401);
  });

  it('shows coordinators the rebalance and tracking queues', async () => {
    const page = await request(t.http).get('/admin/queues').set(bearer(t.coordinatorToken)).expect(200);
    expect(page.text).toContain('<html');
    const byBrowser = await request(t.http).get('/admin/queues/api/queues').auth(COORDINATOR.login, COORDINATOR.password).expect(200);
    expect(byBrowser.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['rebalance', 'tracking']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { COORDINATOR, startTestApp, TestApp } from '../support/test-app.js';

const sessionCookieOf = (setCookie: string[] | string | undefined): string | undefined =>
  ([] as string[]).concat(setCookie ?? []).find((cookie) => cookie.startsWith('kakak_asuh_session='));

describe("the pages' session cookie", () => {
  let t: TestApp;

  // The test client talks over loopback, as a TLS-terminating proxy in front of the app would.
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  it('is set by signing in, HttpOnly and SameSite=Strict, with the same token as the body', async () => {
    const response = await request(t.http).post('/api/auth/login').send(COORDINATOR).expect(200);
    const cookie = sessionCookieOf(response.headers['set-cookie']);
    expect(cookie).toContain(`kakak_asuh_session=${response.body.accessToken};`);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Max-Age=3600/);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('is marked Secure when a trusted proxy says the request came over HTTPS', async () => {
    const response = await request(t.http).post('/api/auth/login').set('X-Forwarded-Proto', 'https').send(COORDINATOR).expect(200);
    expect(sessionCookieOf(response.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('signs the caller in without an Authorization header, and signing out forgets it', async () => {
    const agent = request.agent(t.http);
    await agent.get('/api/me').expect(401);
    await agent.post('/api/auth/login').send(COORDINATOR).expect(200);
    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ account: { login: COORDINATOR.login, role: 'coordinator' }, timeZone: 'Asia/Jakarta' });

    const out = await agent.post('/api/auth/logout').expect(204);
    expect(sessionCookieOf(out.headers['set-cookie'])).toMatch(/^kakak_asuh_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await agent.get('/api/me').expect(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cookie that is not a valid token', async () => {
    const response = await request(t.http).get('/api/me').set('Cookie', 'kakak_asuh_session=not-a-token').expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it("shows every role the program's time zone, as the settings say", async () => {
    await request(t.http).patch('/api/settings').set('Authorization', `Bearer ${t.coordinatorToken}`).send({ schedule: { timeZone: 'Asia/Jayapura' } }).expect(200);
    const me = await request(t.http).get('/api/me').set('Authorization', `Bearer ${t.coordinatorToken}`).expect(200);
    expect(me.body.timeZone).toBe('Asia/Jayapura');
  });
});

describe('the pages beside the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each(['/', '/coordinator', '/coordinator/smes/some-id', '/tutor', '/sme', '/no/such/page'])('%s answers the app with a strict Content-Security-Policy', async (path) => {
    const response = await request(t.http).get(path).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<div id="root"></div>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it("serves the build's own scripts, and nothing from another host", async () => {
    const page = await request(t.http).get('/').expect(200);
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) {
      expect(source).toMatch(/^\/(?!\/)/);
      await request(t.http).get(source).expect(200);
    }
  });

  it.each(['/api/no-such-route', '/api'])('leaves the unknown API path %s to the API, which answers its JSON 404', async (path) => {
    const response = await request(t.http).get(path).expect(404);
    expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: expect.any(String) });
  });

  it('leaves /docs, /docs-json, /health and /admin/queues as they are', async () => {
    expect((await request(t.http).get('/docs/').expect(200)).text).toContain('swagger');
    expect((await request(t.http).get('/docs-json').expect(200)).body.paths['/api/auth/logout']).toBeDefined();
    expect((await request(t.http).get('/health').expect(200)).body.status).toBe('ok');
    expect((await request(t.http).get('/admin/queues').expect(401)).body.code).toBe('UNAUTHENTICATED');
  });
});

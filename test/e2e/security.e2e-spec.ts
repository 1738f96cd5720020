import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { bearer, COORDINATOR, startTestApp, TestApp } from '../support/test-app.js';

const LIMIT = 3;

describe('security defaults', () => {
  let t: TestApp;
  const login = (body: object) => request(t.http).post('/api/auth/login').send(body);

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: String(LIMIT), LOGIN_RATE_WINDOW_SECONDS: '600' });
  });
  afterAll(() => t.close());

  it('throttles a login after repeated failures, even with the right password, and no other login', async () => {
    for (let i = 0; i < LIMIT; i++) await login({ login: COORDINATOR.login, password: 'wrong-password' }).expect(401);
    const throttled = await login(COORDINATOR).expect(429);
    expect(throttled.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect((await login({ login: 'someone.else', password: 'whatever-else' })).status).toBe(401);
  });

  it('keeps the failure counts of programs that share one Redis apart', async () => {
    const other = await startTestApp({ LOGIN_RATE_LIMIT: String(LIMIT), LOGIN_RATE_WINDOW_SECONDS: '600' });
    try {
      await request(other.http).post('/api/auth/login').send(COORDINATOR).expect(200);
    } finally {
      await other.close();
    }
  });

  it('stores passwords as argon2id hashes only', async () => {
    const [account] = await t.dataSource.query(`SELECT "passwordHash" FROM account WHERE login = '${COORDINATOR.login}'`);
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(account.passwordHash).not.toContain(COORDINATOR.password);
  });

  it('refuses an expired token', async () => {
    const expired = await t.app.get(JwtService).signAsync({ sub: 'x', role: 'coordinator' }, { expiresIn: -10 });
    const response = await request(t.http).get('/api/me').set(bearer(expired)).expect(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('serves /docs under a Content-Security-Policy its page keeps to: only scripts of this server, none inline', async () => {
    const page = await request(t.http).get('/docs').expect(200);
    const policy = Object.fromEntries(
      String(page.headers['content-security-policy']).split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes)?.[1] ?? '';
      expect(src).toMatch(/^\.\//);
      const script = await request(t.http).get(new URL(src, 'http://server/docs').pathname).expect(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
    }
  });

  it('sends the security headers', async () => {
    const response = await request(t.http).get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

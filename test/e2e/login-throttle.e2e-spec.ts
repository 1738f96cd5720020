import { afterAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { COORDINATOR, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

const LIMIT = 3;
const ACCOUNT_LIMIT = 6;
const WRONG = { login: COORDINATOR.login, password: 'wrong-password' };

describe('login throttling', () => {
  const apps: TestApp[] = [];
  const start = async (env: NodeJS.ProcessEnv = {}) => {
    const app = await startTestApp({ LOGIN_RATE_LIMIT: String(LIMIT), LOGIN_RATE_WINDOW_SECONDS: '600', LOGIN_ACCOUNT_RATE_LIMIT: String(ACCOUNT_LIMIT), ...env });
    apps.push(app);
    return app;
  };
  const login = (t: TestApp, body: object, from?: string) => {
    const call = request(t.http).post('/api/auth/login');
    return (from ? call.set('X-Forwarded-For', from) : call).send(body);
  };
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('checks no more passwords than the limit in a parallel burst, the right one included', async () => {
    const t = await start();
    const burst = await Promise.all([...Array.from({ length: 30 }, () => login(t, WRONG)), login(t, COORDINATOR)]);
    const checked = burst.filter((response) => response.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(LIMIT);
    expect(burst.filter((response) => response.status === 429).every((response) => response.body.code === 'TOO_MANY_REQUESTS')).toBe(true);
    expect((await login(t, COORDINATOR)).status).toBe(429);
  });

  it('gives a successful login its attempt back', async () => {
    const t = await start();
    for (let i = 0; i < LIMIT + 2; i++) await login(t, COORDINATOR).expect(200);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set', async () => {
    const t = await start();
    const answers = [];
    for (let i = 0; i < LIMIT + 2; i++) answers.push((await login(t, WRONG, `203.0.113.${i}`)).status);
    expect(answers).toEqual([401, 401, 401, 429, 429]);
  });

  it('locks a login guessed from many addresses at once, whatever address asks next', async () => {
    const t = await start({ TRUST_PROXY: 'loopback' });
    const burst = await Promise.all(Array.from({ length: ACCOUNT_LIMIT + 4 }, (_, i) => login(t, WRONG, `203.0.113.${i}`)));
    expect(burst.filter((response) => response.status !== 429)).toHaveLength(ACCOUNT_LIMIT);
    expect((await login(t, COORDINATOR, '198.51.100.7')).status).toBe(429);
    expect((await login(t, { login: 'someone.else', password: 'whatever-else' }, '198.51.100.7')).status).toBe(401);
  });

  it('ends the lock-out after LOGIN_LOCKOUT_SECONDS', async () => {
    const t = await start({ TRUST_PROXY: 'loopback', LOGIN_LOCKOUT_SECONDS: '1' });
    await Promise.all(Array.from({ length: ACCOUNT_LIMIT + 4 }, (_, i) => login(t, WRONG, `203.0.113.${i}`)));
    // Each try comes from an address of its own, so only the login's lock-out can refuse it (tries during the
    // lock-out count against their address too, and a fast machine would use up one address's limit).
    let tries = 0;
    await waitFor(async () => (await login(t, COORDINATOR, `198.51.100.${++tries % 250}`)).status === 200, 'the lock-out to end', 20_000);
  });
});

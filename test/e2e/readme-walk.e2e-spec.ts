import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { islandGroupOf } from '../../src/regions/island-group.js';
import { seedDemoProgram } from '../../src/seed/seed-demo-program.js';
import { runProcess } from '../support/run-process.js';
import { bearer, loginToken, startTestApp, TestApp } from '../support/test-app.js';

/** The README's walk-through, as a newcomer copies it: the shell block under its heading. */
function readmeWalk(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### A first walk through the API'));
  const start = section.indexOf('```sh\n') + '```sh\n'.length;
  return section.slice(start, section.indexOf('\n```', start));
}

const runBash = (script: string, env: NodeJS.ProcessEnv) => runProcess('bash', ['-c', script], env);

describe('the README walk-through, run as written against the seeded demo', () => {
  let t: TestApp;
  let api: string;
  const me = async (login: string, password: string) => (await request(t.http).get('/api/me').set(bearer(await loginToken(t.http, login, password))).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    await seedDemoProgram(t.dataSource, { scale: 'pilot', seed: 1, skipIfSeeded: false });
    await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('pairs a demo tutor and a waiting demo SME that fit: near, a shared language, a category the tutor sells', async () => {
    const { tutor } = await me('demo.tutor', 'kakak-asuh-tutor');
    const { sme } = await me('demo.sme', 'kakak-asuh-sme');
    expect(sme).toMatchObject({ status: 'enrolled' });
    expect(islandGroupOf(tutor.provinceCode)).toBe(islandGroupOf(sme.provinceCode));
    expect(tutor.languages.filter((language: string) => sme.languages.includes(language))).not.toEqual([]);
    expect(tutor.categories).toContain(sme.category);
    expect(tutor.modes).toContain('online');
  });

  it('assigns, logs a session, rebalances, and leaves the SME with its mentor', async () => {
    const walk = await runBash(readmeWalk(), { API: api });
    expect({ code: walk.code, stderr: walk.stderr }).toEqual({ code: 0, stderr: '' });
    const { tutor } = await me('demo.tutor', 'kakak-asuh-tutor');
    const mentor = await request(t.http).get('/api/me/mentor').set(bearer(await loginToken(t.http, 'demo.sme', 'kakak-asuh-sme'))).expect(200);
    expect(mentor.body.mentor).toMatchObject({ name: tutor.name, storeName: tutor.storeName });
    expect(walk.stdout.trim().split('\n').at(-1)).toContain(`"name":"${tutor.name}"`);
    const runs = await request(t.http).get('/api/rebalances').set(bearer(t.coordinatorToken)).expect(200);
    expect(runs.body.items[0]).toMatchObject({ status: 'completed', applied: true, dryRun: false });
  });

  it('stops at a failed login and says why', async () => {
    const walk = await runBash(readmeWalk().replace('kakak-asuh-coordinator', 'a-wrong-password'), { API: api });
    expect(walk.code).not.toBe(0);
    expect(walk.stderr).toContain('login as demo.coordinator failed');
    expect(walk.stderr).toContain('INVALID_CREDENTIALS');
    expect(walk.stdout).toBe('');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { migrate } from '../database/migrate.js';
import { createHttpApp } from '../http-app.js';
import { SeededRandom, type ProgramScale } from '../matching/index.js';
import { DEMO_LOGINS } from '../seed/demo-accounts.js';
import { seedDemoProgram } from '../seed/seed-demo-program.js';

export interface CandidatesRouteResult {
  scale: ProgramScale;
  tutors: number;
  smes: number;
  /** The first answer, which reads the tutors and builds their tiers. */
  firstMs: number;
  requests: number;
  medianMs: number;
  p99Ms: number;
  /** The next answer after an assignment changed (its loads read again), median of a few. */
  afterAssignmentMs: number;
  /** The next answer after a tutor changed (tiers built again), median of a few. */
  afterTutorMs: number;
}

const REQUESTS = 1000;
const WARM_UP_REQUESTS = 100;
const CHANGES = 15;
const LIMIT = 10;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/**
 * The real route on a seeded SQLite file, served over HTTP in this process: the "Assign tutor"
 * dialog's list (10 tutors) for randomly drawn SMEs, one request at a time, each timed by the client.
 */
export async function runCandidatesRoute(scale: ProgramScale, seed: number): Promise<CandidatesRouteResult> {
  const folder = mkdtempSync(join(tmpdir(), 'kakak-asuh-bench-'));
  const config = loadConfig({ ...process.env, DATABASE_URL: `sqlite:${join(folder, 'bench.sqlite')}`, JWT_SECRET: 'bench-secret-of-at-least-thirty-two-characters', LOG_LEVEL: 'silent', WORKERS: 'false', QUEUE_PREFIX: `bench-${process.pid}` });
  await migrate(config.database);
  const app = await createHttpApp(config);
  try {
    await seedDemoProgram(app.get(DataSource), { scale, seed, skipIfSeeded: false });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: DEMO_LOGINS.coordinator.login, password: DEMO_LOGINS.coordinator.password }) });
    const headers = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}`, 'content-type': 'application/json' };
    const dataSource = app.get(DataSource);
    const rows = (table: string, where: string): Promise<{ id: string }[]> => dataSource.query(`SELECT id FROM ${table} WHERE ${where}`);
    const smes = await rows('sme', `status IN ('enrolled', 'mentoring')`);
    const [tutors, assignments] = [await rows('tutor', '1 = 1'), await rows('assignment', '"endedAt" IS NULL')];
    const random = new SeededRandom(seed);
    const timed = async (smeId = smes[random.int(0, smes.length - 1)].id) => {
      const start = performance.now();
      const response = await fetch(`${base}/smes/${smeId}/candidates?limit=${LIMIT}`, { headers });
      await response.json();
      if (response.status !== 200) throw new Error(`candidates answered ${response.status}`);
      return performance.now() - start;
    };
    const change = async (path: string, body: object) => {
      const response = await fetch(`${base}/${path}`, { method: 'PATCH', headers, body: JSON.stringify(body) });
      if (response.status !== 200) throw new Error(`PATCH ${path} answered ${response.status}`);
    };
    const firstMs = await timed();
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await timed();
    const times = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await timed());
    times.sort((a, b) => a - b);
    const afterAssignment = [];
    const afterTutor = [];
    for (let i = 0; i < CHANGES; i++) {
      await change(`assignments/${assignments[0].id}`, { pinned: i % 2 === 0 });
      afterAssignment.push(await timed());
      await change(`tutors/${tutors[i].id}`, { name: `Bench Tutor ${i}` });
      afterTutor.push(await timed());
    }
    return {
      scale,
      tutors: tutors.length,
      smes: smes.length,
      firstMs,
      requests: REQUESTS,
      medianMs: times[Math.floor(REQUESTS / 2)],
      p99Ms: times[Math.floor(REQUESTS * 0.99)],
      afterAssignmentMs: median(afterAssignment),
      afterTutorMs: median(afterTutor),
    };
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export const CANDIDATES_ROUTE_NOTE =
  `Candidates route: GET /api/smes/:id/candidates?limit=${LIMIT} over HTTP against the seeded program on SQLite, for ${REQUESTS} randomly drawn SMEs ` +
  `one at a time after ${WARM_UP_REQUESTS} warm-up requests, timed by the client; then the next request after each of ${CHANGES} assignment edits and tutor edits.`;

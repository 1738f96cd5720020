import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { ErrorCode } from '../../src/common/error-code.js';
import { toCsv } from '../support/csv.js';
import { aTutor, anSme } from '../support/factories.js';
import { programToday } from '../support/program-calendar.js';
import { waitFor } from '../support/wait-for.js';
import { bearer, COORDINATOR, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

/** Bodies tried per route; about 20 routes, so a few hundred requests in all. */
const RUNS_PER_ROUTE = 20;
const CODES = new Set<string>(Object.values(ErrorCode));

interface FuzzedRoute {
  /** `METHOD path`; `{name}` stands for an id made in `beforeAll`. */
  route: string;
  /** A body the route takes; bad bodies are made from it. */
  valid: unknown;
  as?: 'coordinator' | 'tutor' | 'anonymous';
  csv?: boolean;
}

/** Values that are wrong for most fields: other types, NUL characters, far dates, huge and deep values. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, -1e308, '', ' ', '\u0000', 'a\u0000b', '0000-01-01', '2101-01-01', '9999-12-31T23:59:59Z', 'x'.repeat(5_000)),
  fc.constantFrom('__proto__', 'constructor', 'null', 'true', '[]', '{}', '<script>', "' OR 1=1 --"),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
  fc.integer({ min: 30, max: 40 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth))),
);

const withOwn = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });

type Mutation = { kind: 'set' | 'drop' | 'extra'; key: string; value: unknown } | { kind: 'replace'; value: unknown };

function mutations(fields: string[]): fc.Arbitrary<Mutation> {
  const field = fields.length > 0 ? fc.constantFrom(...fields) : fc.constant('field');
  return fc.oneof(
    fc.record({ kind: fc.constant('set' as const), key: field, value: oddValue }),
    fc.record({ kind: fc.constant('drop' as const), key: field, value: fc.constant(undefined) }),
    fc.record({ kind: fc.constant('extra' as const), key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'id', 'createdAt', 'role'), value: oddValue }),
    fc.record({ kind: fc.constant('replace' as const), value: oddValue }),
  );
}

function mutate(valid: unknown, changes: Mutation[]): unknown {
  const isBatch = Array.isArray(valid);
  let body: unknown = structuredClone(isBatch ? valid[0] : valid);
  for (const change of changes) {
    if (change.kind === 'replace') return change.value;
    if (typeof body !== 'object' || body === null) body = {};
    const object = body as Record<string, unknown>;
    if (change.kind === 'drop') delete object[change.key];
    else withOwn(object, change.key, change.value);
  }
  return isBatch ? [body] : body;
}

/** A CSV with odd columns and cells: repeated, prototype-named or unknown columns, NULs, quotes, ragged rows. */
const oddCsv = (columns: string[]) =>
  fc
    .record({
      header: fc.array(fc.oneof(fc.constantFrom(...columns), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'colour', '')), { minLength: 1, maxLength: 8 }),
      rows: fc.array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\u0000', '"', '"a""b"', 'a|b', '0000-01-01', '1e308', '\r')), { maxLength: 9 }), { maxLength: 5 }),
    })
    .map(({ header, rows }) => [header.join(','), ...rows.map((row) => row.join(','))].join('\n'));

describe('fuzzed bodies on every POST and PATCH route: never a 5xx, always a stable code, nothing changed when refused', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let tutorToken: string;

  const routes: FuzzedRoute[] = [
    { route: 'POST /api/auth/login', valid: COORDINATOR, as: 'anonymous' },
    { route: 'POST /api/accounts', valid: { login: 'fuzz.coordinator', password: 'fuzz-password', role: 'coordinator' } },
    { route: 'PATCH /api/accounts/{account}', valid: { password: 'another-password' } },
    { route: 'POST /api/tutors', valid: aTutor({ name: 'Fuzz Tutor' }) },
    { route: 'PATCH /api/tutors/{patchTutor}', valid: { name: 'Renamed', maxSmes: 2, status: 'active', email: 'a@example.id' } },
    { route: 'POST /api/smes', valid: anSme({ businessName: 'Fuzz Warung' }) },
    { route: 'PATCH /api/smes/{patchSme}', valid: { ownerName: 'Renamed', digitalLiteracy: 50, status: 'enrolled' } },
    { route: 'POST /api/assignments', valid: { tutorId: '{freeTutor}', smeId: '{freeSme}', pinned: true } },
    { route: 'POST /api/assignments/{endAssignment}/end', valid: { reason: 'manual', note: 'moved away' } },
    { route: 'POST /api/courses', valid: { code: 'FZ-2', title: 'Fuzzing', required: false } },
    { route: 'POST /api/course-progress', valid: [{ smeId: '{sessionSme}', courseCode: 'FZ-1', progressPercent: 10 }] },
    { route: 'POST /api/sessions', valid: { smeId: '{sessionSme}', date: programToday(), durationMinutes: 60, mode: 'online', topics: ['pricing'] }, as: 'tutor' },
    { route: 'PATCH /api/flags/{flag}', valid: { status: 'acknowledged', note: 'called' } },
    { route: 'PATCH /api/settings', valid: { flags: { unassignedDays: 10 }, segmentation: { minDigitalLiteracy: 60 }, matching: { stayBonus: 30 }, tutorLoad: { max: 3 } } },
    { route: 'POST /api/rebalances', valid: { dryRun: true, provinceCode: '32' } },
    { route: 'POST /api/rebalances/{rebalance}/apply', valid: {} },
    { route: 'POST /api/imports/tutors', valid: toCsv([aTutor()]), csv: true },
    { route: 'POST /api/imports/smes', valid: toCsv([anSme()]), csv: true },
  ];

  /**
   * The job requests an accepted request wrote leave the outbox once Redis holds them, in the
   * background; only once they have gone does the state stand still for the next request.
   */
  async function settledState(): Promise<string> {
    await waitFor(async () => ((await t.dataSource.query('SELECT id FROM "job_request"')) as unknown[]).length === 0, 'the job-request outbox to drain');
    return databaseState();
  }

  /** Every row of every table, hashed: equal before and after a refused request. */
  async function databaseState(): Promise<string> {
    const hash = createHash('sha256');
    for (const { tableName } of t.dataSource.entityMetadatas) {
      const rows = await t.dataSource.query(`SELECT * FROM "${tableName}"`);
      hash.update(tableName).update(JSON.stringify(rows.map((row: object) => JSON.stringify(row)).sort()));
    }
    return hash.digest('hex');
  }

  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]);

  beforeAll(async () => {
    t = await startTestApp();
    const make = async (path: string, body: object) => (await created<{ id: string }>(t, path, body)).id;
    ids = {
      patchTutor: await make('/api/tutors', aTutor({ name: 'Patch Tutor' })),
      freeTutor: await make('/api/tutors', aTutor({ name: 'Free Tutor' })),
      sessionTutor: await make('/api/tutors', aTutor({ name: 'Session Tutor' })),
      patchSme: await make('/api/smes', anSme({ businessName: 'Patch Warung' })),
      freeSme: await make('/api/smes', anSme({ businessName: 'Free Warung' })),
      sessionSme: await make('/api/smes', anSme({ businessName: 'Session Warung' })),
      endSme: await make('/api/smes', anSme({ businessName: 'End Warung' })),
      flag: randomUUID(),
    };
    await make('/api/assignments', { tutorId: ids.sessionTutor, smeId: ids.sessionSme });
    ids.endAssignment = await make('/api/assignments', { tutorId: ids.patchTutor, smeId: ids.endSme });
    await make('/api/courses', { code: 'FZ-1', title: 'Fuzzing', required: true });
    tutorToken = await signedIn(t, 'fuzz.tutor', { tutorId: ids.sessionTutor });
    ids.account = (await created<{ id: string }>(t, '/api/accounts', { login: 'fuzz.sme', password: 'fuzz-sme-password', role: 'sme', smeId: ids.patchSme })).id;
    ids.rebalance = (await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: true }).expect(202)).body.id;
  });
  afterAll(() => t.close());

  it.each(routes)('$route', async ({ route, valid, as = 'coordinator', csv }) => {
    const [method, path] = route.split(' ');
    const validBody = typeof valid === 'string' ? valid : JSON.parse(fill(JSON.stringify(valid)));
    const fields = csv ? [] : Object.keys((Array.isArray(validBody) ? validBody[0] : validBody) ?? {});
    // Written as text: a value this deep would overflow the test's own stack before it was sent.
    const deepJson = fc.integer({ min: 33, max: 20_000 }).map((depth) => ({ type: 'application/json', text: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) }));
    const asText = fc.record({ type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/octet-stream'), text: fc.string({ maxLength: 40 }) });
    const bodies: fc.Arbitrary<{ type: string; text: string }> = csv
      ? fc.oneof(oddCsv(String(valid).split('\n')[0].split(',')).map((text) => ({ type: 'text/csv', text })), asText)
      : fc.oneof(
          { weight: 5, arbitrary: fc.array(mutations(fields), { minLength: 1, maxLength: 3 }).map((changes) => ({ type: 'application/json', text: JSON.stringify(mutate(validBody, changes)) ?? 'null' })) },
          { weight: 1, arbitrary: asText },
          { weight: 1, arbitrary: deepJson },
        );

    await fc.assert(
      fc.asyncProperty(bodies, async ({ type, text }) => {
        const before = await settledState();
        const call = request(t.http)[method.toLowerCase() as 'post' | 'patch'](fill(path));
        if (as === 'coordinator') call.set(bearer(t.coordinatorToken));
        if (as === 'tutor') call.set(bearer(tutorToken));
        const response = await call.set('Content-Type', type).send(text);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(CODES.has(response.body.code)).toBe(true);
          expect(await databaseState()).toBe(before);
        }
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
  });
});

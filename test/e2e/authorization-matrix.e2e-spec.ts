import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request, { type Response } from 'supertest';
import { aSession, authorizationFixture, AuthorizationFixture, csvOf, Identity, IDENTITIES } from '../support/authorization-fixture.js';
import { aTutor, anSme } from '../support/factories.js';
import { RebalanceRunner } from '../../src/rebalance/rebalance-runner.js';
import { RebalancesService } from '../../src/rebalance/rebalances.service.js';
import { UnitOfWork } from '../../src/database/unit-of-work.js';
import type { Notification } from '../../src/notifications/notification.entity.js';
import { NotificationRepository } from '../../src/notifications/notification.repository.js';
import { COORDINATOR, created } from '../support/test-app.js';

type Statuses = Record<Identity, number>;

interface Call {
  id?: string;
  body?: unknown;
  csv?: string;
}

interface RouteRow {
  /** `METHOD /path`, then whose object it addresses when that matters. */
  route: string;
  expected: Statuses;
  /** The `:id` and a body that make the call succeed for an allowed identity. */
  call?: (f: AuthorizationFixture) => Call | Promise<Call>;
  /** What a 2xx answer must hold. */
  valid: (response: Response, who: Identity, f: AuthorizationFixture) => void;
}

const DENIED: Statuses = { anonymous: 401, coordinator: 403, tutorA: 403, tutorB: 403, smeX: 403, smeY: 403 };
const everyone = (status: number): Statuses => ({ anonymous: status, coordinator: status, tutorA: status, tutorB: status, smeX: status, smeY: status });
const signedIn = (status: number): Statuses => ({ ...everyone(status), anonymous: 401 });
const coordinator = (status: number): Statuses => ({ ...DENIED, coordinator: status });
const tutors = (status: number): Statuses => ({ ...DENIED, tutorA: status, tutorB: status });
const smes = (status: number): Statuses => ({ ...DENIED, smeX: status, smeY: status });

const ERROR_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };
const ROLES: Record<Identity, string | undefined> = { anonymous: undefined, coordinator: 'coordinator', tutorA: 'tutor', tutorB: 'tutor', smeX: 'sme', smeY: 'sme' };

const aPage = ({ body }: Response) => {
  expect(body.items).toEqual(expect.any(Array));
  expect(body.nextCursor === null || typeof body.nextCursor === 'string').toBe(true);
};

/** Only the mentor may log a session for an SME; to any other tutor that SME does not exist. */
const logSessionFor = (sme: 'smeX' | 'smeY', mentor: Identity, stranger: Identity): RouteRow => ({
  route: `POST /api/sessions for ${sme} (mentored by ${mentor})`,
  expected: { ...DENIED, [mentor]: 201, [stranger]: 404 },
  call: (f) => ({ body: aSession(f[sme].id) }),
  valid: ({ body }, _who, f) => expect(body).toMatchObject({ smeId: f[sme].id, tutorId: f.pairOf(sme)?.tutor.id }),
});

/** A coordinator account of its own, to change or remove. */
async function anotherAccount(f: AuthorizationFixture): Promise<string> {
  return (await created<{ id: string }>(f.t, '/api/accounts', { login: f.unique('coordinator'), password: 'a-long-passphrase', role: 'coordinator' })).id;
}

/** A dry run planned in-process (this fixture runs no worker), ready to read or apply. */
async function completedDryRun(f: AuthorizationFixture): Promise<Call> {
  const run = await f.t.app.get(RebalancesService).request({ dryRun: true, trigger: 'manual' });
  await f.t.app.get(RebalanceRunner).run(run.id, async () => undefined);
  return { id: run.id };
}

/** An in-app message to tutorA, in the given state, written straight into the outbox. */
async function aMessageToTutorA(f: AuthorizationFixture, change: Partial<Notification>): Promise<Call> {
  const row = { personKind: 'tutor' as const, personId: f.pairOf('tutorA')!.tutor.id, channel: 'in_app' as const, template: 'sme_assigned' as const, language: 'id' as const, params: ['Usaha', 'Pemilik', '0812'], status: 'delivered' as const, ...change };
  const [saved] = await f.t.app.get(UnitOfWork).run((manager) => f.t.app.get(NotificationRepository).insertMany(manager, [row]));
  return { id: saved.id };
}

const ROUTES: RouteRow[] = [
  {
    route: 'GET /health',
    expected: everyone(200),
    valid: ({ body }) => expect(body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } }),
  },
  {
    route: 'POST /api/auth/login',
    expected: everyone(200),
    call: () => ({ body: COORDINATOR }),
    valid: ({ body }) => expect(body).toMatchObject({ accessToken: expect.any(String), user: { role: 'coordinator' } }),
  },
  {
    route: 'POST /api/auth/logout',
    expected: everyone(204),
    valid: ({ headers }) => expect(String(headers['set-cookie'])).toMatch(/^kakak_asuh_session=;/),
  },
  {
    route: 'POST /api/accounts',
    expected: coordinator(201),
    call: (f) => ({ body: { login: f.unique('coordinator'), password: 'a-long-passphrase', role: 'coordinator' } }),
    valid: ({ body }) => expect(Object.keys(body).sort()).toEqual(['createdAt', 'email', 'id', 'language', 'login', 'role']),
  },
  {
    route: 'PATCH /api/accounts/:id',
    expected: coordinator(200),
    call: async (f) => ({ id: await anotherAccount(f), body: { password: 'another-long-passphrase' } }),
    valid: ({ body }) => expect(body.role).toBe('coordinator'),
  },
  { route: 'DELETE /api/accounts/:id', expected: coordinator(204), call: async (f) => ({ id: await anotherAccount(f) }), valid: () => undefined },
  {
    route: 'GET /api/me',
    expected: signedIn(200),
    valid: ({ body }, who, f) => {
      expect(body.account.role).toBe(ROLES[who]);
      if (ROLES[who] === 'tutor') expect(body.tutor.id).toBe(f.pairOf(who)?.tutor.id);
      if (ROLES[who] === 'sme') expect(body.sme.id).toBe(f.pairOf(who)?.sme.id);
    },
  },
  {
    route: 'PATCH /api/me',
    expected: signedIn(200),
    call: () => ({ body: { language: 'en' } }),
    valid: ({ body }) => expect(body.account.language).toBe('en'),
  },
  { route: 'GET /api/me/notifications', expected: signedIn(200), valid: aPage },
  {
    route: "POST /api/me/notifications/:id/read of tutorA's message",
    expected: { anonymous: 401, coordinator: 404, tutorA: 200, tutorB: 404, smeX: 404, smeY: 404 },
    call: (f) => aMessageToTutorA(f, {}),
    valid: ({ body }) => expect(body.status).toBe('read'),
  },
  { route: 'GET /api/notifications', expected: coordinator(200), valid: aPage },
  {
    route: 'POST /api/notifications/:id/retry',
    expected: coordinator(200),
    call: (f) => aMessageToTutorA(f, { channel: 'email', status: 'failed', reason: 'SMTP refused it' }),
    valid: ({ body }) => expect(body).toMatchObject({ status: 'queued', reason: null }),
  },
  {
    route: 'POST /api/tutors',
    expected: coordinator(201),
    call: () => ({ body: aTutor() }),
    valid: ({ body }) => expect(body).toMatchObject({ provinceCode: '32', load: 0 }),
  },
  {
    route: 'GET /api/regions',
    expected: signedIn(200),
    valid: ({ body }) => expect(body).toContainEqual(expect.objectContaining({ code: '32', name: 'Jawa Barat', islandGroup: 'java' })),
  },
  { route: 'GET /api/tutors', expected: coordinator(200), valid: aPage },
  {
    route: "GET /api/tutors/:id of tutor A's own record",
    expected: coordinator(200),
    call: (f) => ({ id: f.tutorA.id }),
    valid: ({ body }, _who, f) => expect(body).toMatchObject({ id: f.tutorA.id, load: 1 }),
  },
  {
    route: 'PATCH /api/tutors/:id',
    expected: coordinator(200),
    call: async (f) => ({ id: (await f.freshTutor()).id, body: { storeName: 'Batik Baru' } }),
    valid: ({ body }) => expect(body).toMatchObject({ storeName: 'Batik Baru' }),
  },
  {
    route: 'POST /api/smes',
    expected: coordinator(201),
    call: () => ({ body: anSme() }),
    valid: ({ body }) => expect(body).toMatchObject({ segment: 'traditional', currentTutorId: null }),
  },
  { route: 'GET /api/smes', expected: coordinator(200), valid: aPage },
  {
    route: "GET /api/smes/:id of tutor A's SME X",
    expected: coordinator(200),
    call: (f) => ({ id: f.smeX.id }),
    valid: ({ body }, _who, f) => expect(body).toMatchObject({ id: f.smeX.id, currentTutorId: f.tutorA.id }),
  },
  {
    route: 'PATCH /api/smes/:id',
    expected: coordinator(200),
    call: async (f) => ({ id: (await f.freshSme()).id, body: { digitalLiteracy: 80 } }),
    valid: ({ body }) => expect(body).toMatchObject({ digitalLiteracy: 80 }),
  },
  {
    route: "GET /api/smes/:id/assignments of tutor A's SME X",
    expected: coordinator(200),
    call: (f) => ({ id: f.smeX.id }),
    valid: ({ body }, _who, f) => expect(body.items).toEqual([expect.objectContaining({ tutorId: f.tutorA.id, smeId: f.smeX.id })]),
  },
  {
    route: "GET /api/smes/:id/candidates of tutor A's SME X",
    expected: coordinator(200),
    call: (f) => ({ id: f.smeX.id }),
    valid: ({ body }) => expect(body.items).toEqual(expect.any(Array)),
  },
  {
    route: 'POST /api/assignments',
    expected: coordinator(201),
    call: async (f) => ({ body: { tutorId: (await f.freshTutor()).id, smeId: (await f.freshSme()).id } }),
    valid: ({ body }) => expect(body).toMatchObject({ startReason: 'manual', endedAt: null }),
  },
  {
    route: 'PATCH /api/assignments/:id',
    expected: coordinator(200),
    call: async (f) => ({ id: (await f.freshAssignment()).id, body: { pinned: false } }),
    valid: ({ body }) => expect(body).toMatchObject({ pinned: false, endedAt: null }),
  },
  {
    route: 'POST /api/assignments/:id/end',
    expected: coordinator(200),
    call: async (f) => ({ id: (await f.freshAssignment()).id, body: { reason: 'manual' } }),
    valid: ({ body }) => expect(body).toMatchObject({ endReason: 'manual', endedAt: expect.any(String) }),
  },
  { route: 'GET /api/assignments', expected: coordinator(200), valid: aPage },
  {
    route: 'POST /api/courses',
    expected: coordinator(201),
    call: (f) => ({ body: { code: f.unique('COURSE'), title: 'Product photos', required: false } }),
    valid: ({ body }) => expect(body).toMatchObject({ title: 'Product photos', required: false }),
  },
  {
    route: 'GET /api/courses',
    expected: signedIn(200),
    valid: ({ body }, _who, f) => expect(body.items).toContainEqual(expect.objectContaining({ code: f.courseCode })),
  },
  {
    route: 'POST /api/course-progress',
    expected: coordinator(202),
    call: async (f) => ({ body: [{ smeId: (await f.freshSme()).id, courseCode: f.courseCode, progressPercent: 40 }] }),
    valid: ({ body }) => expect(body).toEqual({ accepted: 1, rejected: [] }),
  },
  logSessionFor('smeX', 'tutorA', 'tutorB'),
  logSessionFor('smeY', 'tutorB', 'tutorA'),
  { route: 'GET /api/sessions', expected: coordinator(200), valid: aPage },
  {
    route: "GET /api/me/sessions (the caller's own only)",
    expected: { ...tutors(200), smeX: 200, smeY: 200 },
    valid: ({ body }, who, f) => {
      expect(body.items.length).toBeGreaterThan(0);
      for (const session of body.items) expect(session).toMatchObject({ tutorId: f.pairOf(who)?.tutor.id, smeId: f.pairOf(who)?.sme.id });
    },
  },
  {
    route: "GET /api/me/smes (the caller's own only)",
    expected: tutors(200),
    valid: ({ body }, who, f) => expect(body.items.map((sme: { id: string }) => sme.id)).toEqual([f.pairOf(who)?.sme.id]),
  },
  {
    route: "GET /api/me/mentor (the caller's own only)",
    expected: smes(200),
    valid: ({ body }, who, f) => {
      expect(body.mentor).toMatchObject({ name: f.pairOf(who)?.tutor.name, storeName: expect.any(String), modes: expect.any(Array) });
      expect(body.mentor.name).not.toBe(f.otherPairOf(who)?.tutor.name);
    },
  },
  {
    route: 'GET /api/me/courses',
    expected: smes(200),
    valid: ({ body }, _who, f) => expect(body.items).toContainEqual(expect.objectContaining({ code: f.courseCode, required: true })),
  },
  { route: 'GET /api/flags', expected: coordinator(200), valid: aPage },
  {
    route: 'PATCH /api/flags/:id',
    expected: coordinator(200),
    call: async (f) => ({ id: (await f.freshFlag()).id, body: { status: 'acknowledged' } }),
    valid: ({ body }) => expect(body).toMatchObject({ status: 'acknowledged', type: 'UNASSIGNED' }),
  },
  {
    route: 'GET /api/reports/overview',
    expected: coordinator(200),
    valid: ({ body }) => expect(body).toMatchObject({ tutorsByLoad: expect.any(Object), courseCompletionRate: expect.any(Number) }),
  },
  {
    route: 'GET /api/reports/coverage',
    expected: coordinator(200),
    valid: ({ body }) => expect(body.items).toContainEqual(expect.objectContaining({ provinceCode: '32' })),
  },
  { route: 'POST /api/imports/tutors', expected: coordinator(201), call: () => ({ csv: csvOf(aTutor()) }), valid: ({ body }) => expect(body).toEqual({ created: 1 }) },
  { route: 'POST /api/imports/smes', expected: coordinator(201), call: () => ({ csv: csvOf(anSme()) }), valid: ({ body }) => expect(body).toEqual({ created: 1 }) },
  {
    route: 'GET /api/exports/assignments.csv',
    expected: coordinator(200),
    valid: ({ headers, text }, _who, f) => {
      expect(headers['content-type']).toMatch(/^text\/csv/);
      expect(text).toMatch(/^id,tutorId,smeId,/);
      expect(text).toContain(f.tutorA.id);
    },
  },
  {
    route: 'GET /api/exports/tutors.csv',
    expected: coordinator(200),
    valid: ({ text }, _who, f) => expect(text).toContain(f.tutorA.id),
  },
  {
    route: 'GET /api/exports/smes.csv',
    expected: coordinator(200),
    valid: ({ text }, _who, f) => expect(text).toContain(f.smeX.id),
  },
  { route: 'GET /api/settings', expected: coordinator(200), valid: ({ body }) => expect(body).toMatchObject({ flags: { unassignedDays: 14 } }) },
  // The default value: the call succeeds without changing the program's rules.
  {
    route: 'PATCH /api/settings',
    expected: coordinator(200),
    call: () => ({ body: { flags: { unassignedDays: 14 } } }),
    valid: ({ body }) => expect(body).toMatchObject({ flags: { unassignedDays: 14 } }),
  },
  {
    route: 'POST /api/rebalances',
    expected: coordinator(202),
    call: () => ({ body: { dryRun: true } }),
    valid: ({ body }) => expect(body).toMatchObject({ id: expect.any(String), status: expect.stringMatching(/queued|running|completed/) }),
  },
  { route: 'GET /api/rebalances', expected: coordinator(200), valid: aPage },
  { route: 'GET /api/rebalances/:id', expected: coordinator(200), call: completedDryRun, valid: ({ body }) => expect(body).toMatchObject({ status: 'completed', progress: 100 }) },
  { route: 'GET /api/rebalances/:id/changes', expected: coordinator(200), call: completedDryRun, valid: aPage },
  { route: 'POST /api/rebalances/:id/apply', expected: coordinator(200), call: completedDryRun, valid: ({ body }) => expect(body.appliedAt).toEqual(expect.any(String)) },
];

const methodAndPath = (route: string): [string, string] => route.split(' ', 2) as [string, string];

const CASES = ROUTES.flatMap((row) => IDENTITIES.map((who) => ({ route: row.route, who, status: row.expected[who], row })));

describe('authorization matrix: every route × every identity', () => {
  let f: AuthorizationFixture;

  beforeAll(async () => {
    f = await authorizationFixture();
  });
  afterAll(() => f.t.close());

  // The OpenAPI document is generated from the controllers, so a route added without a row fails here.
  it('has a row for every route the API serves', async () => {
    const { body } = await request(f.t.http).get('/docs-json').expect(200);
    const served = Object.entries(body.paths as Record<string, object>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const tabled = ROUTES.map((row) => methodAndPath(row.route).join(' '));
    expect([...new Set(tabled)].sort()).toEqual(served.sort());
  });

  it.each(CASES)('$route as $who answers $status', async ({ row, who, status }) => {
    const [method, pattern] = methodAndPath(row.route);
    const { id, body, csv } = (await row.call?.(f)) ?? {};
    let call = request(f.t.http)[method.toLowerCase() as 'get'](pattern.replace(':id', id ?? '')).set(f.headersOf(who));
    if (csv !== undefined) call = call.set('Content-Type', 'text/csv').send(csv);
    else if (body !== undefined) call = call.send(body as object);
    const response = await call;

    // Compared with the body beside it, so a wrong status shows what the API said.
    expect({ status: response.status, body: response.body }).toEqual(expect.objectContaining({ status }));
    if (status < 300) row.valid(response, who, f);
    else expect(response.body).toEqual({ statusCode: status, code: ERROR_CODES[status], message: expect.any(String) });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { countAll, expectValidationFailed } from '../support/api-checks.js';
import { aTutor, anSme, without } from '../support/factories.js';
import { bearer, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

interface BadInput {
  /** `METHOD path`; `{tutor}`, `{sme}`, `{assignment}` and `{flag}` stand for ids made in `beforeAll`. */
  route: string;
  body?: unknown;
  field: string;
  why: string;
  as?: 'tutor' | 'anonymous';
}

const login = { login: 'coordinator', password: 'coordinator-password' };
const account = { login: 'tutor.new', password: 'a-long-passphrase', role: 'tutor' };
const course = { code: 'DM-201', title: 'Product photos', required: true };
const session = { smeId: randomUUID(), date: '2026-11-01', durationMinutes: 60, mode: 'online', topics: ['pricing'] };

const BAD_INPUTS: BadInput[] = [
  { route: 'POST /api/auth/login', body: without(login, 'login'), field: 'login', why: 'missing', as: 'anonymous' },
  { route: 'POST /api/auth/login', body: { ...login, password: 12345678 }, field: 'password', why: 'wrong type', as: 'anonymous' },
  { route: 'POST /api/auth/login', body: { ...login, remember: true }, field: 'remember', why: 'unknown field', as: 'anonymous' },
  { route: 'POST /api/accounts', body: { ...account, login: 'ab' }, field: 'login', why: 'too short' },
  { route: 'POST /api/accounts', body: { ...account, password: 'short' }, field: 'password', why: 'too short' },
  { route: 'POST /api/accounts', body: { ...account, role: 'admin' }, field: 'role', why: 'unknown enum value' },
  { route: 'POST /api/accounts', body: { ...account, tutorId: 'tutor-1' }, field: 'tutorId', why: 'not a UUID' },
  { route: 'POST /api/accounts', body: { ...account, isAdmin: true }, field: 'isAdmin', why: 'unknown field' },
  { route: 'POST /api/tutors', body: without(aTutor(), 'name'), field: 'name', why: 'missing' },
  { route: 'POST /api/tutors', body: aTutor({ name: 42 as never }), field: 'name', why: 'wrong type' },
  { route: 'POST /api/tutors', body: aTutor({ phone: 'call me' }), field: 'phone', why: 'not a phone number' },
  { route: 'POST /api/tutors', body: aTutor({ email: 'siti-at-example' }), field: 'email', why: 'not an email' },
  { route: 'POST /api/tutors', body: aTutor({ sellerSince: '2999-01-01' }), field: 'sellerSince', why: 'future date' },
  { route: 'POST /api/tutors', body: aTutor({ sellerSince: '2021-02-29' }), field: 'sellerSince', why: 'no such day' },
  { route: 'POST /api/tutors', body: aTutor({ sellerRating: 5.5 }), field: 'sellerRating', why: 'out of range' },
  { route: 'POST /api/tutors', body: aTutor({ sellerRating: '4.5' as never }), field: 'sellerRating', why: 'wrong type' },
  { route: 'POST /api/tutors', body: aTutor({ regencyCode: '99.99' }), field: 'regencyCode', why: 'unknown region code' },
  { route: 'POST /api/tutors', body: aTutor({ regencyCode: '32' }), field: 'regencyCode', why: 'a province, not a regency' },
  { route: 'POST /api/tutors', body: aTutor({ categories: ['toys' as never] }), field: 'categories', why: 'unknown enum value' },
  { route: 'POST /api/tutors', body: aTutor({ categories: 'fashion' as never }), field: 'categories', why: 'not an array' },
  { route: 'POST /api/tutors', body: aTutor({ languages: [] }), field: 'languages', why: 'empty' },
  { route: 'POST /api/tutors', body: aTutor({ languages: ['Bahasa'] }), field: 'languages', why: 'not an ISO 639 code' },
  { route: 'POST /api/tutors', body: aTutor({ modes: ['carrier_pigeon' as never] }), field: 'modes', why: 'unknown enum value' },
  { route: 'POST /api/tutors', body: aTutor({ maxSmes: 0 }), field: 'maxSmes', why: 'below range' },
  { route: 'POST /api/tutors', body: aTutor({ maxSmes: 4 }), field: 'maxSmes', why: 'above range' },
  { route: 'POST /api/tutors', body: aTutor({ maxSmes: 2.5 }), field: 'maxSmes', why: 'not an integer' },
  { route: 'POST /api/tutors', body: aTutor({ status: 'retired' as never }), field: 'status', why: 'unknown enum value' },
  { route: 'POST /api/tutors', body: { ...aTutor(), salary: 100 }, field: 'salary', why: 'unknown field' },
  { route: 'PATCH /api/tutors/{tutor}', body: { maxSmes: 5 }, field: 'maxSmes', why: 'out of range' },
  { route: 'PATCH /api/tutors/{tutor}', body: { regencyCode: '99.99' }, field: 'regencyCode', why: 'unknown region code' },
  { route: 'PATCH /api/tutors/{tutor}', body: { status: 'gone' }, field: 'status', why: 'unknown enum value' },
  { route: 'PATCH /api/tutors/{tutor}', body: { name: null }, field: 'name', why: 'null for a required field' },
  { route: 'PATCH /api/tutors/{tutor}', body: { maxSmes: null }, field: 'maxSmes', why: 'null for a field with a default' },
  { route: 'PATCH /api/tutors/{tutor}', body: { name: 'Siti', salary: 100 }, field: 'salary', why: 'unknown field' },
  { route: 'POST /api/smes', body: without(anSme(), 'businessName'), field: 'businessName', why: 'missing' },
  { route: 'POST /api/smes', body: anSme({ regencyCode: '99.99' }), field: 'regencyCode', why: 'unknown region code' },
  { route: 'POST /api/smes', body: anSme({ category: 'toys' as never }), field: 'category', why: 'unknown enum value' },
  { route: 'POST /api/smes', body: anSme({ internetAccess: 'fiber' as never }), field: 'internetAccess', why: 'unknown enum value' },
  { route: 'POST /api/smes', body: anSme({ digitalLiteracy: 101 }), field: 'digitalLiteracy', why: 'above range' },
  { route: 'POST /api/smes', body: anSme({ digitalLiteracy: -1 }), field: 'digitalLiteracy', why: 'below range' },
  { route: 'POST /api/smes', body: anSme({ digitalLiteracy: '35' as never }), field: 'digitalLiteracy', why: 'wrong type' },
  { route: 'POST /api/smes', body: anSme({ onlineStage: 'unicorn' as never }), field: 'onlineStage', why: 'unknown enum value' },
  { route: 'POST /api/smes', body: anSme({ segment: 'hipster' as never }), field: 'segment', why: 'unknown enum value' },
  { route: 'POST /api/smes', body: anSme({ status: 'alumni' as never }), field: 'status', why: 'unknown enum value' },
  { route: 'POST /api/smes', body: anSme({ languages: [] }), field: 'languages', why: 'empty' },
  { route: 'POST /api/smes', body: { ...anSme(), revenue: 1000 }, field: 'revenue', why: 'unknown field' },
  { route: 'PATCH /api/smes/{sme}', body: { digitalLiteracy: 'high' }, field: 'digitalLiteracy', why: 'wrong type' },
  { route: 'PATCH /api/smes/{sme}', body: { segment: 'hipster' }, field: 'segment', why: 'unknown enum value' },
  { route: 'PATCH /api/smes/{sme}', body: { regencyCode: '99.99' }, field: 'regencyCode', why: 'unknown region code' },
  { route: 'PATCH /api/smes/{sme}', body: { ownerName: null }, field: 'ownerName', why: 'null for a required field' },
  { route: 'PATCH /api/smes/{sme}', body: { status: null }, field: 'status', why: 'null for a field with a default' },
  { route: 'PATCH /api/smes/{sme}', body: { revenue: 1000 }, field: 'revenue', why: 'unknown field' },
  { route: 'POST /api/assignments', body: { smeId: randomUUID() }, field: 'tutorId', why: 'missing' },
  { route: 'POST /api/assignments', body: { tutorId: randomUUID(), smeId: 'sme-1' }, field: 'smeId', why: 'not a UUID' },
  { route: 'POST /api/assignments', body: { tutorId: randomUUID(), smeId: randomUUID(), pinned: 'yes' }, field: 'pinned', why: 'wrong type' },
  { route: 'POST /api/assignments', body: { tutorId: randomUUID(), smeId: randomUUID(), score: 1 }, field: 'score', why: 'unknown field' },
  { route: 'POST /api/assignments/{assignment}/end', body: {}, field: 'reason', why: 'missing' },
  { route: 'POST /api/assignments/{assignment}/end', body: { reason: 'rebalance' }, field: 'reason', why: 'not a manual reason' },
  { route: 'POST /api/assignments/{assignment}/end', body: { reason: 'manual', note: 7 }, field: 'note', why: 'wrong type' },
  { route: 'POST /api/assignments/{assignment}/end', body: { reason: 'manual', endedAt: '2026-01-01' }, field: 'endedAt', why: 'unknown field' },
  { route: 'POST /api/courses', body: { ...course, code: 'DM 201' }, field: 'code', why: 'not a course code' },
  { route: 'POST /api/courses', body: without(course, 'title'), field: 'title', why: 'missing' },
  { route: 'POST /api/courses', body: { ...course, required: 'yes' }, field: 'required', why: 'wrong type' },
  { route: 'POST /api/courses', body: { ...course, hours: 3 }, field: 'hours', why: 'unknown field' },
  { route: 'POST /api/sessions', body: { ...session, smeId: 'sme-1' }, field: 'smeId', why: 'not a UUID', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, date: '2999-01-01' }, field: 'date', why: 'future date', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, date: '2026-13-01' }, field: 'date', why: 'no such month', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, durationMinutes: 4 }, field: 'durationMinutes', why: 'below range', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, durationMinutes: 481 }, field: 'durationMinutes', why: 'above range', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, mode: 'telepathy' }, field: 'mode', why: 'unknown enum value', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, topics: [] }, field: 'topics', why: 'empty', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, topics: ['gossip'] }, field: 'topics', why: 'unknown enum value', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, notes: 5 }, field: 'notes', why: 'wrong type', as: 'tutor' },
  { route: 'POST /api/sessions', body: { ...session, tutorId: randomUUID() }, field: 'tutorId', why: 'unknown field', as: 'tutor' },
  { route: 'PATCH /api/flags/{flag}', body: { status: 'open' }, field: 'status', why: 'not a coordinator status' },
  { route: 'PATCH /api/flags/{flag}', body: { note: 'called' }, field: 'status', why: 'missing' },
  { route: 'PATCH /api/flags/{flag}', body: { status: 'resolved', note: 'x'.repeat(2001) }, field: 'note', why: 'too long' },
  { route: 'PATCH /api/flags/{flag}', body: { status: 'resolved', type: 'UNASSIGNED' }, field: 'type', why: 'unknown field' },
  { route: 'PATCH /api/settings', body: { segmentation: { minDigitalLiteracy: 101 } }, field: 'segmentation.minDigitalLiteracy', why: 'out of range' },
  { route: 'PATCH /api/settings', body: { graduation: { minOnlineStage: 'unicorn' } }, field: 'graduation.minOnlineStage', why: 'unknown enum value' },
  { route: 'PATCH /api/settings', body: { flags: { mentoringStalledDays: 0 } }, field: 'flags.mentoringStalledDays', why: 'below range' },
  { route: 'PATCH /api/settings', body: { flags: { unassignedDays: null } }, field: 'flags.unassignedDays', why: 'null for a setting' },
  { route: 'PATCH /api/settings', body: { segmentation: 'strict' }, field: 'segmentation', why: 'not an object' },
  { route: 'PATCH /api/settings', body: { flags: { staleDays: 3 } }, field: 'flags.staleDays', why: 'unknown nested field' },
  { route: 'PATCH /api/settings', body: { theme: 'dark' }, field: 'theme', why: 'unknown field' },
  { route: 'GET /api/tutors?limit=0', field: 'limit', why: 'below range' },
  { route: 'GET /api/tutors?limit=101', field: 'limit', why: 'above range' },
  { route: 'GET /api/tutors?limit=ten', field: 'limit', why: 'not a number' },
  { route: 'GET /api/tutors?cursor=!!', field: 'cursor', why: 'not a cursor' },
  { route: 'GET /api/tutors?cursor=abc', field: 'cursor', why: 'decodes to no id' },
  { route: 'GET /api/smes?cursor=abc', field: 'cursor', why: 'decodes to no id' },
  { route: 'GET /api/tutors?provinceCode=99', field: 'provinceCode', why: 'unknown region code' },
  { route: 'GET /api/tutors?regencyCode=99.99', field: 'regencyCode', why: 'unknown region code' },
  { route: 'GET /api/tutors?status=retired', field: 'status', why: 'unknown enum value' },
  { route: 'GET /api/tutors?category=toys', field: 'category', why: 'unknown enum value' },
  { route: 'GET /api/tutors?colour=red', field: 'colour', why: 'unknown parameter' },
  { route: 'GET /api/smes?provinceCode=99', field: 'provinceCode', why: 'unknown region code' },
  { route: 'GET /api/smes?segment=hipster', field: 'segment', why: 'unknown enum value' },
  { route: 'GET /api/smes?flagged=maybe', field: 'flagged', why: 'not a boolean' },
  { route: 'GET /api/smes?unassigned=1', field: 'unassigned', why: 'not a boolean' },
  { route: 'GET /api/assignments?active=maybe', field: 'active', why: 'not a boolean' },
  { route: 'GET /api/assignments?tutorId=tutor-1', field: 'tutorId', why: 'not a UUID' },
  { route: 'GET /api/sessions?smeId=sme-1', field: 'smeId', why: 'not a UUID' },
  { route: 'GET /api/flags?type=LATE', field: 'type', why: 'unknown enum value' },
  { route: 'GET /api/flags?provinceCode=99', field: 'provinceCode', why: 'unknown region code' },
  { route: 'GET /api/courses?limit=0', field: 'limit', why: 'below range' },
  { route: 'GET /api/smes/{sme}/assignments?limit=101', field: 'limit', why: 'above range' },
  ...['GET /api/tutors/x', 'PATCH /api/tutors/x', 'GET /api/smes/x', 'PATCH /api/smes/x', 'GET /api/smes/x/assignments', 'POST /api/assignments/x/end', 'PATCH /api/flags/x'].map(
    (route): BadInput => ({ route: route.replace('/x', '/not-a-uuid'), body: {}, field: 'id', why: 'path id not a UUID' }),
  ),
];

describe('validation: bad input is a 400 VALIDATION_FAILED naming the field', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let tokens: Record<'coordinator' | 'tutor', string>;

  beforeAll(async () => {
    t = await startTestApp();
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor());
    const sme = await created<{ id: string }>(t, '/api/smes', anSme());
    const assignment = await created<{ id: string }>(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });
    ids = { tutor: tutor.id, sme: sme.id, assignment: assignment.id, flag: randomUUID() };
    tokens = { coordinator: t.coordinatorToken, tutor: await signedIn(t, 'tutor.siti', { tutorId: tutor.id }) };
  });
  afterAll(() => t.close());

  const send = (input: BadInput) => {
    const [method, path] = input.route.split(' ');
    const call = request(t.http)[method.toLowerCase() as 'get' | 'post' | 'patch'](path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]));
    if (input.as !== 'anonymous') call.set(bearer(tokens[input.as ?? 'coordinator']));
    return input.body === undefined ? call : call.send(input.body as object);
  };

  it.each(BAD_INPUTS)('$route rejects $field: $why', async (input) => {
    expectValidationFailed(await send(input), input.field);
  });

  it.each(['/api/tutors', '/api/auth/login'])('answers malformed JSON to POST %s with 400, not 500', async (path) => {
    const response = await request(t.http).post(path).set(bearer(t.coordinatorToken)).set('Content-Type', 'application/json').send('{"name": "Siti",');
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('refuses an array where an object is expected', async () => {
    const response = await request(t.http).post('/api/tutors').set(bearer(t.coordinatorToken)).send([aTutor()]);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it.each([
    ['/api/tutors', aTutor({ name: 'Budi Santoso' })],
    ['/api/smes', anSme({ businessName: 'Warung Budi' })],
  ])('never stores a POST %s that carries an unknown field', async (path, body) => {
    const before = await countAll(t, path);
    await request(t.http).post(path).set(bearer(t.coordinatorToken)).send({ ...body, isAdmin: true }).expect(400);
    expect(await countAll(t, path)).toBe(before);
  });

  it('leaves a tutor as it was after a PATCH with an unknown field', async () => {
    await request(t.http).patch(`/api/tutors/${ids.tutor}`).set(bearer(t.coordinatorToken)).send({ name: 'Renamed', salary: 1 }).expect(400);
    const tutor = await request(t.http).get(`/api/tutors/${ids.tutor}`).set(bearer(t.coordinatorToken)).expect(200);
    expect(tutor.body).not.toHaveProperty('salary');
    expect(tutor.body.name).toBe(aTutor().name);
  });
});

describe('POST /api/course-progress: good rows stored, bad rows named, repeats change nothing', () => {
  let t: TestApp;
  let smeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    smeId = (await created<{ id: string }>(t, '/api/smes', anSme())).id;
    for (const code of ['DM-101', 'DM-102']) await created(t, '/api/courses', { code, title: code, required: true });
  });
  afterAll(() => t.close());

  const post = (body: unknown) => request(t.http).post('/api/course-progress').set(bearer(t.coordinatorToken)).send(body as object);
  const progressOf = async (id: string) => (await request(t.http).get(`/api/smes/${id}`).set(bearer(t.coordinatorToken)).expect(200)).body.courseProgress;
  const batch = () => [
    { smeId, courseCode: 'DM-101', progressPercent: 40 },
    { smeId, courseCode: 'DM-101', progressPercent: 101 },
    { smeId: randomUUID(), courseCode: 'DM-101', progressPercent: 10 },
    { smeId, courseCode: 'NO-SUCH', progressPercent: 10 },
    { smeId, courseCode: 'DM-102', progressPercent: 100, completedAt: '2026-11-20T08:00:00Z' },
    { smeId, courseCode: 'DM-102', progressPercent: 50, score: 9 },
    { smeId: 'sme-1', courseCode: 'DM-101', progressPercent: 10 },
    'DM-101 40%',
    null,
  ];
  const answer = {
    accepted: 2,
    rejected: [
      { index: 1, code: 'VALIDATION_FAILED' },
      { index: 2, code: 'SME_NOT_FOUND' },
      { index: 3, code: 'COURSE_NOT_FOUND' },
      { index: 5, code: 'VALIDATION_FAILED' },
      { index: 6, code: 'VALIDATION_FAILED' },
      { index: 7, code: 'VALIDATION_FAILED' },
      { index: 8, code: 'VALIDATION_FAILED' },
    ],
  };

  it('stores the valid rows of a mixed batch and names the others by index', async () => {
    expect((await post(batch()).expect(202)).body).toEqual(answer);
    const progress = await progressOf(smeId);
    expect(progress.map(({ courseCode, progressPercent }: { courseCode: string; progressPercent: number }) => ({ courseCode, progressPercent }))).toEqual(
      expect.arrayContaining([
        { courseCode: 'DM-101', progressPercent: 40 },
        { courseCode: 'DM-102', progressPercent: 100 },
      ]),
    );
    expect(progress).toHaveLength(2);
  });

  it('changes nothing when the same batch comes again', async () => {
    const before = await progressOf(smeId);
    expect((await post(batch()).expect(202)).body).toEqual(answer);
    expect(await progressOf(smeId)).toEqual(before);
  });

  it('accepts an empty batch', async () => {
    expect((await post([]).expect(202)).body).toEqual({ accepted: 0, rejected: [] });
  });

  it.each([
    ['a single row', { smeId: randomUUID(), courseCode: 'DM-101', progressPercent: 10 }],
    ['an object of rows', { rows: [] }],
  ])('refuses a body that is not an array: %s', async (_, body) => {
    expectValidationFailed(await post(body), 'body');
  });
});

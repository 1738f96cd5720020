import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { countAll, expectValidationFailed } from '../support/api-checks.js';
import { aTutor, anSme } from '../support/factories.js';
import { programToday } from '../support/program-calendar.js';
import { bearer, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

const nested = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const NUL = '\u0000';

describe('hostile input: refused with a 4xx and a stable code, nothing stored', () => {
  let t: TestApp;
  let ids: { tutor: string; sme: string; flag: string };
  let tutorToken: string;
  const as = (token: string) => ({
    post: (path: string) => request(t.http).post(path).set(bearer(token)),
    patch: (path: string) => request(t.http).patch(path).set(bearer(token)),
  });
  const coordinator = () => as(t.coordinatorToken);

  beforeAll(async () => {
    t = await startTestApp();
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor());
    const sme = await created<{ id: string }>(t, '/api/smes', anSme());
    await created(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });
    tutorToken = await signedIn(t, 'tutor.siti', { tutorId: tutor.id });
    const [flag] = await t.dataSource.query(`SELECT id FROM flag LIMIT 1`);
    ids = { tutor: tutor.id, sme: sme.id, flag: flag?.id ?? '00000000-0000-4000-8000-000000000000' };
  });
  afterAll(() => t.close());

  describe('nesting and size', () => {
    it.each(['/api/auth/login', '/api/tutors', '/api/course-progress', '/api/settings'])('answers a body nested 10,000 deep on %s with 400', async (path) => {
      const call = path === '/api/settings' ? coordinator().patch(path) : coordinator().post(path);
      const response = await call.set('Content-Type', 'application/json').send(nested(10_000));
      expectValidationFailed(response, 'body');
    });

    it('still reads a body nested 32 deep as an ordinary bad body', async () => {
      const response = await coordinator().post('/api/tutors').set('Content-Type', 'application/json').send(nested(32));
      expectValidationFailed(response, 'a');
    });

    it('keeps the JSON routes to small bodies and the progress batch to its rows', async () => {
      const big = await coordinator().post('/api/tutors').send(aTutor({ name: 'x'.repeat(200_000) }));
      expect({ status: big.status, code: big.body.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      const rows = Array.from({ length: 5_000 }, () => ({ smeId: ids.sme, courseCode: 'NO-SUCH-COURSE', progressPercent: 10 }));
      const batch = await coordinator().post('/api/course-progress').send(rows).expect(202);
      expect(batch.body.rejected).toHaveLength(5_000);
    });
  });

  describe('NUL characters and dates outside 1900-2100', () => {
    it.each([
      ['/api/tutors', aTutor({ name: `Siti${NUL}` }), 'name'],
      ['/api/tutors', aTutor({ storeName: `Batik${NUL}Siti` }), 'storeName'],
      ['/api/tutors', aTutor({ sellerSince: '0000-01-01' }), 'sellerSince'],
      ['/api/tutors', aTutor({ sellerSince: '1899-12-31' }), 'sellerSince'],
      ['/api/smes', anSme({ businessName: `Warung${NUL}` }), 'businessName'],
      ['/api/smes', anSme({ ownerName: NUL }), 'ownerName'],
      ['/api/courses', { code: 'DM-900', title: `Photos${NUL}`, required: true }, 'title'],
    ])('refuses POST %s naming the field (%#)', async (path, body, field) => {
      const before = await countAll(t, path);
      expectValidationFailed(await coordinator().post(path).send(body), field);
      expect(await countAll(t, path)).toBe(before);
    });

    it.each([
      [{ notes: `met${NUL}` }, 'notes'],
      [{ date: '0000-01-01' }, 'date'],
    ])('refuses a session with %j naming the field', async (change, field) => {
      const session = { smeId: ids.sme, date: programToday(), durationMinutes: 60, mode: 'online', topics: ['pricing'], ...change };
      expectValidationFailed(await as(tutorToken).post('/api/sessions').send(session), field);
      expect(await countAll(t, '/api/sessions')).toBe(0);
    });

    it.each(['0000-01-01T00:00:00Z', '2101-01-01T00:00:00Z'])('refuses a progress row completed at %s by its index', async (completedAt) => {
      await created(t, '/api/courses', { code: `DM-${completedAt.slice(0, 4)}`, title: 'Photos', required: false });
      const row = { smeId: ids.sme, courseCode: `DM-${completedAt.slice(0, 4)}`, progressPercent: 100, completedAt };
      const response = await coordinator().post('/api/course-progress').send([row]).expect(202);
      expect(response.body).toEqual({ accepted: 0, rejected: [{ index: 0, code: 'VALIDATION_FAILED' }] });
    });

    it('refuses a NUL in a PATCH and leaves the tutor as it was', async () => {
      expectValidationFailed(await coordinator().patch(`/api/tutors/${ids.tutor}`).send({ name: `Renamed${NUL}` }), 'name');
      const tutor = await request(t.http).get(`/api/tutors/${ids.tutor}`).set(bearer(t.coordinatorToken)).expect(200);
      expect(tutor.body.name).toBe(aTutor().name);
    });
  });

  describe('prototype keys, empty PATCHes and bodies that are not JSON', () => {
    it.each([
      ['POST', '/api/tutors', `{"__proto__": {"isAdmin": true}, "name": "Siti"}`, '__proto__'],
      ['POST', '/api/smes', `{"constructor": {"prototype": {}}}`, 'constructor'],
      ['PATCH', '/api/settings', `{"flags": {"__proto__": {"unassignedDays": 1}}}`, 'flags.__proto__'],
      ['POST', '/api/course-progress', `[{"constructor": 1}]`, '[0].constructor'],
    ])('refuses %s %s with a prototype key', async (method, path, body, field) => {
      const call = method === 'PATCH' ? coordinator().patch(path) : coordinator().post(path);
      expectValidationFailed(await call.set('Content-Type', 'application/json').send(body), field);
    });

    it.each(['/api/tutors', '/api/smes', '/api/assignments', '/api/sessions', '/api/flags'])('refuses ?constructor=1 on GET %s', async (path) => {
      expectValidationFailed(await request(t.http).get(`${path}?constructor=1`).set(bearer(t.coordinatorToken)), 'constructor');
    });

    it.each(['/api/tutors/{tutor}', '/api/smes/{sme}', '/api/settings', '/api/flags/{flag}'])('refuses an empty PATCH %s', async (path) => {
      const url = path.replace('{tutor}', ids.tutor).replace('{sme}', ids.sme).replace('{flag}', ids.flag);
      for (const body of [{}, undefined]) {
        const call = coordinator().patch(url);
        const response = body === undefined ? await call : await call.send(body);
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      }
    });

    it.each([
      ['text/plain', 'name=Siti'],
      ['application/x-www-form-urlencoded', 'name=Siti'],
      ['application/xml', '<tutor><name>Siti</name></tutor>'],
      ['application/octet-stream', 'Siti'],
      ['text/csv', 'name\nSiti'],
    ])('answers a %s body where JSON is expected with 415', async (type, body) => {
      for (const call of [coordinator().patch(`/api/tutors/${ids.tutor}`), coordinator().post('/api/tutors'), request(t.http).post('/api/auth/login')]) {
        const response = await call.set('Content-Type', type).send(body);
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      }
      const tutor = await request(t.http).get(`/api/tutors/${ids.tutor}`).set(bearer(t.coordinatorToken)).expect(200);
      expect(tutor.body.name).toBe(aTutor().name);
    });

    it('answers a text/plain CSV upload with 415 and takes text/csv', async () => {
      const plain = await coordinator().post('/api/imports/tutors').set('Content-Type', 'text/plain').send('name\nSiti');
      expect(plain.status).toBe(415);
      const csv = await coordinator().post('/api/imports/tutors').set('Content-Type', 'text/csv').send('name\nSiti');
      expect(csv.body.code).toBe('VALIDATION_FAILED');
    });
  });
});

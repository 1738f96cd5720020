import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { openApiDocument, OpenApiDocument, resolved, Schema, successResponses, undocumentedFields } from '../support/openapi.js';
import { finishedRun } from '../support/rebalance-api.js';
import { bearer, created, loginToken, signedIn, startTestApp, TestApp } from '../support/test-app.js';

describe('responses are documented response models', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  const get = (path: string, token = t.coordinatorToken) => request(t.http).get(path).set(bearer(token)).expect(200);

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'true' });
    document = await openApiDocument(t);
  });
  afterAll(() => t.close());

  /** The schema OpenAPI gives the 2xx answer of a route. */
  const schemaOf = (route: string): Schema => {
    const answer = successResponses(document).find((response) => response.route === route);
    if (!answer?.schema) throw new Error(`${route} has no documented answer`);
    return answer.schema;
  };

  it('gives every 2xx answer of every /api route a schema; only a 204 has no body', () => {
    const answers = successResponses(document).filter(({ route }) => route.split(' ')[1].startsWith('/api/'));
    expect(answers.length).toBeGreaterThan(40);
    const missing = answers.filter(({ status, schema }) => status !== '204' && !schema).map(({ route, status }) => `${route} ${status}`);
    expect(missing).toEqual([]);
    const shapeless = answers.filter(({ schema }) => schema?.$ref && !resolved(document, schema).properties).map(({ route }) => route);
    expect(shapeless).toEqual([]);
  });

  it('answers a completed run without its internal columns, and every field it sends is documented', async () => {
    await created(t, '/api/tutors', aTutor());
    await created(t, '/api/smes', anSme());
    const queued = (await request(t.http).post('/api/rebalances').set(bearer(t.coordinatorToken)).send({ dryRun: true }).expect(202)).body as { id: string };
    const run = await finishedRun(t, queued.id);
    expect(run).toMatchObject({ status: 'completed', dryRun: true, applied: false, summary: expect.objectContaining({ added: 1 }) });
    for (const internal of ['basis', 'activeSlot', 'requestedBy']) expect(run).not.toHaveProperty(internal);
    expect(undocumentedFields(document, schemaOf('GET /api/rebalances/{id}'), run)).toEqual([]);
    const changes = (await get(`/api/rebalances/${queued.id}/changes`)).body;
    expect(changes.items).toHaveLength(1);
    expect(undocumentedFields(document, schemaOf('GET /api/rebalances/{id}/changes'), changes)).toEqual([]);
  });

  it('answers records, accounts and portals with only their documented fields', async () => {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor({ name: 'Dewi' }));
    const sme = await created<{ id: string }>(t, '/api/smes', anSme({ businessName: 'Kopi Pak Joko', segment: 'traditional' }));
    expect(sme).not.toHaveProperty('segmentSetByCoordinator');
    await created(t, '/api/courses', { code: 'DM-101', title: 'Digital marketing basics', required: true });
    await request(t.http).post('/api/course-progress').set(bearer(t.coordinatorToken)).send([{ smeId: sme.id, courseCode: 'DM-101', progressPercent: 40 }]).expect(202);
    await created(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });
    const account = await created(t, '/api/accounts', { login: 'joko', password: 'joko-password', role: 'sme', smeId: sme.id });
    expect(account).not.toHaveProperty('passwordHash');
    expect(account).not.toHaveProperty('tokenVersion');
    const smeToken = await loginToken(t.http, 'joko', 'joko-password');
    const tutorToken = await signedIn(t, 'dewi', { tutorId: tutor.id });

    const details = (await get(`/api/smes/${sme.id}`)).body;
    expect(details.courseProgress).toEqual([{ smeId: sme.id, courseCode: 'DM-101', progressPercent: 40, completedAt: null }]);
    const samples: [string, string, string?][] = [
      ['GET /api/smes/{id}', `/api/smes/${sme.id}`],
      ['GET /api/smes', '/api/smes'],
      ['GET /api/tutors/{id}', `/api/tutors/${tutor.id}`],
      ['GET /api/assignments', '/api/assignments'],
      ['GET /api/me', '/api/me', tutorToken],
      ['GET /api/me/smes', '/api/me/smes', tutorToken],
      ['GET /api/me', '/api/me', smeToken],
      ['GET /api/me/mentor', '/api/me/mentor', smeToken],
      ['GET /api/me/courses', '/api/me/courses', smeToken],
    ];
    for (const [route, path, token] of samples) {
      expect({ route, undocumented: undocumentedFields(document, schemaOf(route), (await get(path, token)).body) }).toEqual({ route, undocumented: [] });
    }
  });
});

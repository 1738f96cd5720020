import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { expectValidationFailed } from '../support/api-checks.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

describe('GET /api/smes/:id/candidates', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let sme: { id: string };

  const candidatesOf = async (smeId: string, query: Record<string, number> = {}) =>
    (await request(t.http).get(`/api/smes/${smeId}/candidates`).query(query).set(bearer(t.coordinatorToken)).expect(200)).body.items as Record<string, unknown>[];

  beforeAll(async () => {
    t = await startTestApp();
    // The SME: a food business in Kabupaten Bandung (32.04) speaking Sundanese, with limited internet.
    const tutors = {
      sameRegency: aTutor({ name: 'Same Regency', regencyCode: '32.04', categories: ['food_beverage'], languages: ['su'] }),
      sameProvince: aTutor({ name: 'Same Province', regencyCode: '32.73', categories: ['food_beverage'], languages: ['id', 'su'] }),
      otherCategory: aTutor({ name: 'Other Category', regencyCode: '32.73', categories: ['fashion'], languages: ['su'] }),
      jakartaOnline: aTutor({ name: 'Jakarta Online', regencyCode: '31.71', categories: ['food_beverage'], languages: ['id'], modes: ['online'] }),
      jakartaInPerson: aTutor({ name: 'Jakarta In Person', regencyCode: '31.71', categories: ['food_beverage'], languages: ['id'], modes: ['in_person'] }),
      makassar: aTutor({ name: 'Makassar', regencyCode: '73.71', categories: ['food_beverage'], languages: ['id'], modes: ['online'] }),
      full: aTutor({ name: 'Full', regencyCode: '32.04', categories: ['food_beverage'], languages: ['su'], maxSmes: 1 }),
      paused: aTutor({ name: 'Paused', regencyCode: '32.04', categories: ['food_beverage'], languages: ['su'], status: 'paused' }),
    };
    for (const [key, body] of Object.entries(tutors)) ids[key] = (await created<{ id: string }>(t, '/api/tutors', body)).id;
    const other = await created<{ id: string }>(t, '/api/smes', anSme({ businessName: 'Already Placed' }));
    await created(t, '/api/assignments', { tutorId: ids.full, smeId: other.id });
    await created(t, '/api/assignments', { tutorId: ids.sameProvince, smeId: (await created<{ id: string }>(t, '/api/smes', anSme({ businessName: 'Second' }))).id });
    sme = await created(t, '/api/smes', anSme({ regencyCode: '32.04', category: 'food_beverage', languages: ['su'], internetAccess: 'limited' }));
  });
  afterAll(() => t.close());

  it('ranks every feasible tutor with a free seat, cheapest first, with its seats, places and the reason in words', async () => {
    const items = await candidatesOf(sme.id);
    expect(items.map((c) => [c.name, c.cost])).toEqual([
      ['Same Regency', 0],
      ['Same Province', 20],
      ['Other Category', 35],
      ['Jakarta Online', 45 + 25],
      ['Makassar', 80 + 25],
    ]);
    expect(items[1]).toMatchObject({
      tutorId: ids.sameProvince,
      storeName: 'Batik Siti',
      regencyCode: '32.73',
      regencyName: 'Kota Bandung',
      provinceName: 'Jawa Barat',
      load: 1,
      maxSmes: 3,
      freeSeats: 2,
      explanation: { sameRegency: false, sameProvince: true, categoryMatch: true, sharedLanguage: true, summary: 'same province; tutor sells in the SME category; shared language' },
    });
  });

  it('offers an SME without internet only in-person tutors of its province', async () => {
    const offline = await created<{ id: string }>(t, '/api/smes', anSme({ regencyCode: '32.04', category: 'food_beverage', languages: ['su'], internetAccess: 'none' }));
    expect((await candidatesOf(offline.id)).map((c) => c.name)).toEqual(['Same Regency', 'Same Province', 'Other Category']);
  });

  it('takes the limit, and refuses one outside 1 to 50', async () => {
    expect((await candidatesOf(sme.id, { limit: 2 })).map((c) => c.name)).toEqual(['Same Regency', 'Same Province']);
    for (const limit of [0, 51, 2.5]) {
      expectValidationFailed(await request(t.http).get(`/api/smes/${sme.id}/candidates`).query({ limit }).set(bearer(t.coordinatorToken)), 'limit');
    }
  });

  it('answers 404 for an unknown SME', async () => {
    const response = await request(t.http).get('/api/smes/00000000-0000-4000-8000-000000000000/candidates').set(bearer(t.coordinatorToken)).expect(404);
    expect(response.body.code).toMatch(/NOT_FOUND$/);
  });
});

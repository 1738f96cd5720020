import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, signedIn, startTestApp, TestApp } from '../support/test-app.js';

describe('places have their official names', () => {
  let t: TestApp;
  let tutor: { id: string };
  let sme: { id: string };
  let smeToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    tutor = await created(t, '/api/tutors', aTutor({ regencyCode: '31.71' }));
    sme = await created(t, '/api/smes', anSme({ regencyCode: '34.71' }));
    await created(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });
    smeToken = await signedIn(t, 'sme.yogya', { smeId: sme.id });
  });
  afterAll(() => t.close());

  it('serves every province with its island group and regencies to any signed-in account', async () => {
    const response = await request(t.http).get('/api/regions').set(bearer(smeToken)).expect(200);
    expect(response.body).toHaveLength(38);
    const jakarta = response.body.find((p: { code: string }) => p.code === '31');
    expect(jakarta).toMatchObject({ name: 'DKI Jakarta', islandGroup: 'java' });
    expect(jakarta.regencies).toContainEqual({ code: '31.71', name: 'Kota Administrasi Jakarta Pusat' });
    const westJava = response.body.find((p: { code: string }) => p.code === '32');
    expect(westJava.regencies).toEqual(expect.arrayContaining([{ code: '32.73', name: 'Kota Bandung' }, { code: '32.01', name: 'Kabupaten Bogor' }]));
    expect(response.body.reduce((sum: number, p: { regencies: unknown[] }) => sum + p.regencies.length, 0)).toBe(514);
    await request(t.http).get('/api/regions').expect(401);
  });

  it('names the regions of tutors and SMEs in records and lists', async () => {
    const one = await request(t.http).get(`/api/tutors/${tutor.id}`).set(bearer(t.coordinatorToken)).expect(200);
    expect(one.body).toMatchObject({ regencyCode: '31.71', regencyName: 'Kota Administrasi Jakarta Pusat', provinceCode: '31', provinceName: 'DKI Jakarta' });
    const smes = await request(t.http).get('/api/smes').set(bearer(t.coordinatorToken)).expect(200);
    expect(smes.body.items[0]).toMatchObject({ regencyName: 'Kota Yogyakarta', provinceName: 'DI Yogyakarta' });
  });

  it('names the mentor’s place on the SME’s mentor card and in its own record', async () => {
    const mentor = await request(t.http).get('/api/me/mentor').set(bearer(smeToken)).expect(200);
    expect(mentor.body.mentor).toMatchObject({ regencyCode: '31.71', regencyName: 'Kota Administrasi Jakarta Pusat', provinceName: 'DKI Jakarta' });
    const me = await request(t.http).get('/api/me').set(bearer(smeToken)).expect(200);
    expect(me.body.sme).toMatchObject({ regencyName: 'Kota Yogyakarta', provinceName: 'DI Yogyakarta' });
  });
});

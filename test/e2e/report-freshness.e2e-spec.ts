import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { programDataSource } from '../../src/program-schema.js';
import { anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';

/** The reports may be kept between requests, but never past a write, whichever process made it. */
describe('the overview and the coverage follow every write', () => {
  let t: TestApp;
  let elsewhere: DataSource;
  const overview = async () => (await request(t.http).get('/api/reports/overview').set(bearer(t.coordinatorToken)).expect(200)).body;
  const westJava = async () =>
    (await request(t.http).get('/api/reports/coverage').set(bearer(t.coordinatorToken)).expect(200)).body.items.find((p: { provinceCode: string }) => p.provinceCode === '32');

  beforeAll(async () => {
    t = await startTestApp();
    elsewhere = await programDataSource(testConfig(t.env.DATABASE_URL!).database).initialize();
  });
  afterAll(async () => {
    await elsewhere.destroy();
    await t.close();
  });

  it('made through the API', async () => {
    const before = (await overview()).smesByStatus.enrolled;
    await created(t, '/api/smes', anSme());
    expect((await overview()).smesByStatus.enrolled).toBe(before + 1);
  });

  it('made by another connection, as a worker process makes them', async () => {
    const [enrolled, smes] = [(await overview()).smesByStatus.enrolled, (await westJava()).smes];
    await elsewhere.query(`UPDATE sme SET "status" = 'withdrawn' WHERE "provinceCode" = '32'`);
    expect((await overview()).smesByStatus.enrolled).toBe(enrolled - smes);
    expect((await westJava()).smes).toBe(0);
  });
});

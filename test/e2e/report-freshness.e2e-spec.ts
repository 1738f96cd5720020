import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { programDataSource } from '../../src/program-schema.js';
import { anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { waitFor } from '../support/wait-for.js';

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

/** A report slower than REPORT_LIVE_MS (here every one) is answered from its last reading, and a new one is made meanwhile. */
describe('a slow report', () => {
  let t: TestApp;
  const overview = async () => (await request(t.http).get('/api/reports/overview').set(bearer(t.coordinatorToken)).expect(200)).body;

  afterEach(() => t.close());

  it('is answered from its last reading, says when that was, and is refreshed in the background', async () => {
    t = await startTestApp({ REPORT_LIVE_MS: '0' });
    const first = await overview();
    await created(t, '/api/smes', anSme());
    const served = await overview();
    expect(served).toEqual(first);
    const refreshed = await waitFor(async () => {
      const now = await overview();
      return now.smesByStatus.enrolled === first.smesByStatus.enrolled + 1 && now;
    }, 'the overview to count the new SME');
    expect(Date.parse(refreshed.computedAt)).toBeGreaterThan(Date.parse(first.computedAt));
  });

  it('is computed for the request once its last reading is older than REPORT_MAX_AGE_SECONDS', async () => {
    t = await startTestApp({ REPORT_LIVE_MS: '0', REPORT_MAX_AGE_SECONDS: '1' });
    const first = await overview();
    await created(t, '/api/smes', anSme());
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await overview()).smesByStatus.enrolled).toBe(first.smesByStatus.enrolled + 1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CourseProgress } from '../../src/tracking/course-progress.entity.js';
import { anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

const PARALLEL = 20;
const COURSES = ['DM-101', 'DM-102', 'DM-103'];

describe('POST /api/course-progress with repeated rows', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    for (const code of COURSES) await created(t, '/api/courses', { code, title: code, required: true });
  });
  afterAll(() => t.close());

  const post = (rows: object[]) => request(t.http).post('/api/course-progress').set(bearer(t.coordinatorToken)).send(rows);
  const newSme = async () => (await created<{ id: string }>(t, '/api/smes', anSme())).id;
  const storedRows = (smeId: string) => t.dataSource.getRepository(CourseProgress).find({ where: { smeId }, order: { courseCode: 'ASC' } });

  it('merges rows for the same SME and course in one batch, in their order', async () => {
    const smeId = await newSme();
    const response = await post([
      { smeId, courseCode: 'DM-101', progressPercent: 40 },
      { smeId, courseCode: 'DM-101', progressPercent: 70 },
      { smeId, courseCode: 'DM-102', progressPercent: 100, completedAt: '2026-11-20T08:00:00Z' },
      { smeId, courseCode: 'DM-101', progressPercent: 55 },
      { smeId, courseCode: 'DM-102', progressPercent: 100, completedAt: '2026-11-25T08:00:00Z' },
    ]);
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ accepted: 5, rejected: [] });
    const stored = await storedRows(smeId);
    expect(stored.map((row) => [row.courseCode, row.progressPercent])).toEqual([['DM-101', 70], ['DM-102', 100]]);
    expect(stored[1].completedAt?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
  });

  it.each([1, 2, 3])(`answers ${PARALLEL} parallel identical batches all 202 and stores each row once (round %i)`, async () => {
    const smeIds: string[] = [];
    for (let i = 0; i < 10; i++) smeIds.push(await newSme());
    const batch = smeIds.flatMap((smeId) => COURSES.map((courseCode, i) => ({ smeId, courseCode, progressPercent: 30 + 10 * i })));
    const responses = await Promise.all(Array.from({ length: PARALLEL }, () => post(batch)));
    expect(responses.map((r) => [r.status, r.body])).toEqual(Array(PARALLEL).fill([202, { accepted: batch.length, rejected: [] }]));
    for (const smeId of smeIds) {
      expect((await storedRows(smeId)).map((row) => [row.courseCode, row.progressPercent])).toEqual([['DM-101', 30], ['DM-102', 40], ['DM-103', 50]]);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { insertRows } from '../../src/database/multi-row-insert.js';
import { Course } from '../../src/tracking/course.entity.js';
import { startTestApp, TestApp } from '../support/test-app.js';

/** More rows than two statements take on either database, so batches follow one another. */
const COUNT = 45_000;
const courses = (prefix: string) => Array.from({ length: COUNT }, (_, i) => ({ code: `${prefix}-${i}`, title: `Course ${i} “O'Brien” \\ {a,b}`, required: i % 2 === 0 }));

describe('inserting many rows in batches', () => {
  let t: TestApp;
  const stored = (prefix: string) => t.dataSource.getRepository(Course).createQueryBuilder('c').where('c.code LIKE :p', { p: `${prefix}-%` });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('writes every row with its values as given, and tells the rows written as it goes', async () => {
    const written: number[] = [];
    await t.dataSource.transaction((manager) => insertRows(manager, Course, courses('ok'), (n) => written.push(n)));
    expect(await stored('ok').getCount()).toBe(COUNT);
    expect(await stored('ok').andWhere('c.code = :code', { code: 'ok-44999' }).getOne()).toMatchObject({ title: `Course 44999 “O'Brien” \\ {a,b}`, required: false });
    expect(written.at(-1)).toBe(COUNT);
    expect(written).toEqual([...written].sort((a, b) => a - b));
  });

  it('writes nothing when a later batch fails, and answers the database’s error', async () => {
    const rows = courses('bad');
    rows[COUNT - 1] = { ...rows[COUNT - 1], code: 'bad-0' };
    // The error as text: better-sqlite3's errors come from the realm of the test file that loaded the driver first, where Jest's toThrow does not see them as errors.
    const failure = await t.dataSource.transaction((manager) => insertRows(manager, Course, rows)).then(() => 'written', (error: unknown) => String(error));
    expect(failure).toMatch(/unique|UNIQUE/);
    expect(await stored('bad').getCount()).toBe(0);
  });
});

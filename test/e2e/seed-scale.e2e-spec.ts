import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { programDataSource } from '../../src/program-schema.js';
import { runProcess } from '../support/run-process.js';
import { testConfig } from '../support/test-config.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

const seed = (url: string, ...args: string[]) => runProcess(process.execPath, ['dist/seed/seed.command.js', ...args], { DATABASE_URL: url, LOG_LEVEL: 'warn' });

describe('npm run seed at province scale', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const count = async (sql: string) => Number((await dataSource.query(sql))[0].count);

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database.drop();
  });

  it('fills an empty database with the province, printing its progress, then refuses to seed it again', async () => {
    const first = await seed(database.url, '--scale', 'province', '--seed', '1');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/tutors: 10000 of 10000/);
    expect(first.stdout).toMatch(/SMEs: 30000 of 30000/);
    dataSource = await programDataSource(testConfig(database.url).database).initialize();
    expect(await count('SELECT COUNT(*) AS count FROM tutor')).toBe(10_000);
    expect(await count('SELECT COUNT(*) AS count FROM sme')).toBe(30_000);
    expect(await count(`SELECT COUNT(*) AS count FROM sme WHERE "provinceCode" = '32'`)).toBe(30_000);
    const pairs = await count('SELECT COUNT(*) AS count FROM assignment WHERE "endedAt" IS NULL');
    expect(pairs).toBeGreaterThan(15_000);
    expect(await count(`SELECT COUNT(*) AS count FROM sme WHERE "status" = 'mentoring'`)).toBe(pairs);
    expect(await count('SELECT COUNT(*) AS count FROM course')).toBe(3);
    expect(await count('SELECT COUNT(*) AS count FROM course_progress')).toBeGreaterThan(pairs);
    expect(await count('SELECT COUNT(*) AS count FROM mentoring_session')).toBeGreaterThan(0);
    expect(await count('SELECT COUNT(*) AS count FROM account')).toBe(4);
    const overfull = 'SELECT COUNT(*) AS count FROM tutor t WHERE (SELECT COUNT(*) FROM assignment a WHERE a."tutorId" = t.id AND a."endedAt" IS NULL) > t."maxSmes"';
    expect(await count(overfull)).toBe(0);

    const again = await seed(database.url, '--scale', 'pilot', '--seed', '2');
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('already holds a program');
    expect(await count('SELECT COUNT(*) AS count FROM tutor')).toBe(10_000);
  });

  it('answers an unknown scale with one line and exit code 2', async () => {
    const fresh = await createTestDatabase();
    try {
      const result = await seed(fresh.url, '--scale', 'planet');
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('pilot, province or national, not "planet"')]);
      expect(result.stdout).toBe('');
    } finally {
      await fresh.drop();
    }
  });
});

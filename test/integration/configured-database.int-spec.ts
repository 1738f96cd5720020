import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('the data source', () => {
  it('types its timestamps for the configured database, whatever DATABASE_URL the process environment holds', async () => {
    const processUrl = process.env.DATABASE_URL;
    // Entity decorators run when their modules load: the environment then names another database.
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/not-this-one';
    const { loadConfig } = await import('../../src/config/app-config.js');
    const { programDataSource } = await import('../../src/program-schema.js');
    const { Course } = await import('../../src/tracking/course.entity.js');
    process.env.DATABASE_URL = processUrl;

    const config = loadConfig({ DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'kakak-asuh-test-')), 'test.sqlite')}` });
    const dataSource = await programDataSource(config.database).initialize();
    try {
      await dataSource.runMigrations();
      const before = Date.now();
      await dataSource.getRepository(Course).insert({ code: 'DM-101', title: 'Digital marketing', required: true });
      const course = await dataSource.getRepository(Course).findOneByOrFail({ code: 'DM-101' });
      expect(course.createdAt).toBeInstanceOf(Date);
      // Stored and read back as UTC: within seconds of now, not hours off.
      expect(Math.abs(course.createdAt.getTime() - before)).toBeLessThan(60_000);
    } finally {
      await dataSource.destroy();
    }
  });
});

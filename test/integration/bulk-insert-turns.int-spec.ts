import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { migrate } from '../../src/database/migrate.js';
import { insertRows } from '../../src/database/multi-row-insert.js';
import { createServerDatabase } from '../../src/database/server-database.js';
import { programDataSource } from '../../src/program-schema.js';
import { Course } from '../../src/tracking/course.entity.js';
import { postgresServerUrl } from '../support/test-database.js';

/** One PostgreSQL batch of rows. */
const ROWS = 20_000;

/**
 * A large write on PostgreSQL lets the API in the same process answer meanwhile: a batch's values
 * are converted a slice at a time, with turns of the event loop between. (SQLite's driver is
 * synchronous, and other requests share its one connection, so its writes cannot give way.)
 */
describe('a bulk insert on PostgreSQL while other work waits for the event loop', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createServerDatabase(postgresServerUrl(), 'kakak_asuh_test');
    const config = { kind: 'postgres' as const, url: database.url, sqlitePath: '', poolSize: 2 };
    await migrate(config);
    dataSource = await programDataSource(config).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('lets other callbacks run while it converts one batch, and writes every row', async () => {
    let converted = 0;
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      code: `turn-${i}`,
      required: false,
      get title() {
        converted++;
        return `Course ${i}`;
      },
    }));
    const seenMidBatch: number[] = [];
    let watching = true;
    const watch = () => {
      if (converted > 1 && converted < ROWS) seenMidBatch.push(converted);
      if (watching) setImmediate(watch);
    };
    setImmediate(watch);
    await dataSource.transaction((manager) => insertRows(manager, Course, rows));
    watching = false;
    expect(seenMidBatch.length).toBeGreaterThan(0);
    expect(await dataSource.getRepository(Course).createQueryBuilder('c').where(`c.code LIKE 'turn-%'`).getCount()).toBe(ROWS);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerDatabase } from '../../src/database/server-database.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const onPostgres = (): boolean => /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

/** A PostgreSQL server for the tests of PostgreSQL-only code, whichever database the suite runs on: DATABASE_URL's when it names one, else the local server. */
export const postgresServerUrl = (): string => (onPostgres() ? (process.env.DATABASE_URL as string) : 'postgres://postgres@127.0.0.1:5432/postgres');

/**
 * A database of the test file's own: a new SQLite file, or, when DATABASE_URL names a PostgreSQL
 * server, a new database on it, dropped afterwards. Test files never share or wipe each other's data.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!onPostgres()) {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'kakak-asuh-test-')), 'test.sqlite')}`;
    return { url, drop: async () => undefined };
  }
  return createServerDatabase(process.env.DATABASE_URL as string, 'kakak_asuh_test');
}

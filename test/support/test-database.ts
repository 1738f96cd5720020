import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const onPostgres = (): boolean => /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A database of the test file's own: a new SQLite file, or, when DATABASE_URL names a PostgreSQL
 * server, a new database on it, dropped afterwards. Test files never share or wipe each other's data.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!onPostgres()) {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'kakak-asuh-test-')), 'test.sqlite')}`;
    return { url, drop: async () => undefined };
  }
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `kakak_asuh_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerDatabase } from '../../database/server-database.js';

/** A new, empty database for one bench run: a database on the PostgreSQL server DATABASE_URL names, else a new SQLite file. */
export async function freshDatabase(serverUrl: string | undefined): Promise<{ url: string; drop(): Promise<void> }> {
  if (!serverUrl || !/^postgres(ql)?:\/\//.test(serverUrl)) {
    return { url: `sqlite:${join(mkdtempSync(join(tmpdir(), 'kakak-asuh-bench-')), 'bench.sqlite')}`, drop: async () => undefined };
  }
  return createServerDatabase(serverUrl, 'kakak_asuh_bench');
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { useTimestampType } from './column-types.js';
import { MIGRATIONS } from './migrations/index.js';
import { beginTransactionsImmediately } from './sqlite-busy.js';

/** The features' entities and subscribers, which the composition root gathers (the database layer knows no feature). */
export type ProgramSchema = Pick<DataSourceOptions, 'entities' | 'subscribers'>;

/** The data source of the configured database, its entities' timestamp columns typed for it. */
export function dataSourceOptions(database: AppConfig['database'], schema: ProgramSchema): DataSourceOptions {
  useTimestampType(database.kind);
  const common = { ...schema, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: false } as const;
  if (database.kind === 'postgres') {
    // The service's queries are short and repeated: JIT compiling the larger ones (the reports) costs more than it saves.
    return { ...common, type: 'postgres', url: database.url, extra: { max: database.poolSize, options: '-c jit=off' } };
  }
  if (database.sqlitePath !== ':memory:') mkdirSync(dirname(database.sqlitePath), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.sqlitePath,
    enableWAL: database.sqlitePath !== ':memory:',
    // The busy timeout: how long a writer waits for another process's writer before SQLITE_BUSY.
    timeout: 10_000,
    prepareDatabase: (db: { pragma(sql: string): unknown; prepare(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('synchronous = NORMAL');
      beginTransactionsImmediately(db);
    },
  };
}

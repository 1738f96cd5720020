import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';

/** SQLite's answer when another connection (another process) holds the lock a statement needs, or committed past its snapshot. */
export function isSqliteBusy(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = failure?.driverError?.code ?? failure?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** What a caller hears when the database stayed busy past the busy timeout and the retries. */
export const databaseBusy = (): DomainError =>
  new DomainError(ErrorCode.DatabaseBusy, 'The database is busy with other writes; try again shortly');

/**
 * TypeORM opens SQLite transactions deferred: one that reads, then writes after another process committed,
 * fails with SQLITE_BUSY_SNAPSHOT, which no busy timeout helps. Begun IMMEDIATE, a transaction takes the
 * write lock first and waits out another process's writer within the busy timeout.
 */
export function beginTransactionsImmediately(db: { prepare(sql: string): unknown }): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => prepare(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql);
}

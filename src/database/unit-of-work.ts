import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { databaseBusy, isSqliteBusy } from './sqlite-busy.js';

const RETRYABLE_POSTGRES_CODES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 4;

/**
 * Runs a write transaction, all or nothing.
 * SQLite has one connection, and TypeORM nests concurrent transactions on it as savepoints,
 * so there every write transaction waits its turn in one queue; it takes the write lock at its start and waits
 * for another process's writer within the busy timeout; one still refused rolled back whole and is retried.
 * PostgreSQL runs them in parallel; callers take row locks (see the repositories' `lock*` methods),
 * and a deadlock victim is retried. A database still busy after the last try answers DATABASE_BUSY.
 */
@Injectable()
export class UnitOfWork {
  private queueTail: Promise<unknown> = Promise.resolve();
  /** What to do after each open transaction commits, by its manager (one transaction at a time uses a manager). */
  private readonly commitCallbacks = new Map<EntityManager, (() => void)[]>();

  constructor(private readonly dataSource: DataSource) {}

  get onPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.onPostgres) return this.runWithRetry(work);
    const result = this.queueTail.then(() => this.runWithRetry(work));
    this.queueTail = result.catch(() => undefined);
    return result;
  }

  /** Calls `then` once the transaction of `manager` has committed; never when it rolls back. */
  afterCommit(manager: EntityManager, then: () => void): void {
    const callbacks = this.commitCallbacks.get(manager);
    if (!callbacks) throw new Error('afterCommit needs a transaction of this unit of work');
    callbacks.push(then);
  }

  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const callbacks: (() => void)[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      this.commitCallbacks.set(manager, callbacks);
      try {
        return await work(manager);
      } finally {
        this.commitCallbacks.delete(manager);
      }
    });
    for (const then of callbacks) then();
    return result;
  }

  private async runWithRetry<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transaction(work);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw isSqliteBusy(error) ? databaseBusy() : error;
      }
    }
  }
}

function isRetryable(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } }).driverError?.code;
  return (code !== undefined && RETRYABLE_POSTGRES_CODES.has(code)) || isSqliteBusy(error);
}

/** The database's unique-index name behind a failed insert, if that is why it failed. */
export function violatedUniqueIndex(error: unknown): string | null {
  const driverError = (error as { driverError?: { code?: string; constraint?: string; message?: string } }).driverError;
  if (!driverError) return null;
  if (driverError.code === '23505') return driverError.constraint ?? '';
  if (driverError.code === 'SQLITE_CONSTRAINT_UNIQUE') return driverError.message ?? '';
  return null;
}

import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import pg from 'pg/lib/utils.js';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** SQLite's limit of bound parameters in one statement. */
const SQLITE_PARAMETERS = 32_766;
/** Rows per PostgreSQL statement: each column travels as one array parameter, so only memory bounds it. */
const POSTGRES_ROWS = 20_000;

type Prepared = { run(...values: unknown[]): unknown };
type SqliteHandle = { prepare(sql: string): Prepared };

/** Rows converted in one turn of the event loop: a batch's conversion is long enough to hold requests up if done at once. */
const ROWS_PER_TURN = 2_000;

/**
 * Each column's values of a batch as one PostgreSQL array literal, pg's own text of each value,
 * converted a slice of rows at a time with a turn of the event loop between slices.
 */
async function arrayParameters<T>(batch: readonly T[], columns: ColumnMetadata[], valueOf: (row: T, column: ColumnMetadata) => unknown): Promise<string[]> {
  const items: string[][] = columns.map(() => []);
  for (let start = 0; start < batch.length; start += ROWS_PER_TURN) {
    if (start > 0) await setImmediate();
    const slice = batch.slice(start, start + ROWS_PER_TURN);
    // pg writes an array as {item,item,...}: the slices' items joined make the batch's array.
    columns.forEach((column, i) => items[i].push((pg.prepareValue(slice.map((row) => valueOf(row, column))) as string).slice(1, -1)));
  }
  return items.map((slices) => `{${slices.join(',')}}`);
}

/** A data source subscriber told of the writes TypeORM's entity events do not see: the multi-row inserts here. */
export interface RawWriteListener {
  afterRawWrite(manager: EntityManager, table: string): Promise<void>;
}

const listensToRawWrites = (subscriber: object): subscriber is RawWriteListener => typeof (subscriber as Partial<RawWriteListener>).afterRawWrite === 'function';

async function noteRawWrite(manager: EntityManager, table: string): Promise<void> {
  for (const subscriber of manager.connection.subscribers) if (listensToRawWrites(subscriber)) await subscriber.afterRawWrite(manager, table);
}

const isGeneratedUuid = (column: ColumnMetadata) => column.isGenerated && column.generationStrategy === 'uuid';

/**
 * Inserts many rows of an entity with the fewest statements each database allows, inside the
 * caller's transaction, with no entity object per row (at national scale, millions of rows, the
 * per-row work of repository.insert() costs more than the database): on PostgreSQL one `INSERT ... SELECT FROM unnest(...)` per 20,000 rows (a
 * parameter per column, parsed server side as fast as COPY), on SQLite one prepared multi-row
 * statement reused for every full batch. Values go through TypeORM's own conversion (JSON columns,
 * dates, booleans), and creation and update dates and generated ids the row leaves out are filled as TypeORM would.
 * The write is told to the data source's RawWriteListener subscribers (the change stamps).
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  rows: readonly Partial<T>[],
  onBatch: (written: number) => void = () => undefined,
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((c) => rows.some((r) => c.getEntityValue(r) !== undefined) || c.isCreateDate || c.isUpdateDate || isGeneratedUuid(c));
  const driver = manager.connection.driver;
  const now = new Date();
  const valueOf = (row: Partial<T>, column: ColumnMetadata): unknown => {
    const value = column.getEntityValue(row) ?? (column.isCreateDate || column.isUpdateDate ? now : isGeneratedUuid(column) ? randomUUID() : null);
    return driver.preparePersistentValue(value, column) ?? null;
  };
  await noteRawWrite(manager, metadata.tableName);
  const table = driver.escape(metadata.tableName);
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  if (driver.options.type === 'postgres') {
    const casts = columns.map((c, i) => `$${i + 1}::${driver.normalizeType(c)}[]`).join(', ');
    const sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${casts})`;
    // Each batch's arrays are turned into their wire text here, while the database writes the one before.
    let writing: Promise<unknown> | undefined;
    for (let start = 0; start < rows.length; start += POSTGRES_ROWS) {
      const parameters = await arrayParameters(rows.slice(start, start + POSTGRES_ROWS), columns, valueOf);
      if (writing) {
        await writing;
        onBatch(start);
      }
      writing = manager.query(sql, parameters);
    }
    await writing;
    onBatch(rows.length);
    return;
  }
  const handle = (driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
  const perStatement = Math.max(1, Math.floor(SQLITE_PARAMETERS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statementFor = (count: number) => handle.prepare(`INSERT INTO ${table} (${names}) VALUES ${Array(count).fill(tuple).join(', ')}`);
  const full = statementFor(perStatement);
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    (batch.length === perStatement ? full : statementFor(batch.length)).run(...batch.flatMap((row) => columns.map((c) => valueOf(row, c))));
    if ((start / perStatement) % 20 === 19 || start + batch.length === rows.length) onBatch(start + batch.length);
  }
}

import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** Parameters one statement may carry on SQLite (32,766 at most). */
const SQLITE_MAX_PARAMETERS = 32_000;
/** Rows per statement on PostgreSQL, where each column is one array parameter. */
const POSTGRES_ROWS_PER_STATEMENT = 20_000;

/**
 * Inserts rows in few large statements, with values converted as the entity's columns store them
 * and no entity object per row: at national scale (millions of rows) the per-row work of
 * repository.insert() costs more than the database. PostgreSQL takes each column as one array
 * (`INSERT ... SELECT * FROM unnest(...)`), SQLite multi-row VALUES up to its parameter limit.
 * A uuid primary key the rows leave out is generated here; columns not named keep their defaults.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, properties: (keyof T & string)[], rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const generatedId = metadata.primaryColumns.find((c) => c.generationStrategy === 'uuid' && !properties.includes(c.propertyName as keyof T & string));
  const columns = [...(generatedId ? [generatedId] : []), ...properties.map((p) => metadata.findColumnWithPropertyName(p)!)];
  const valueOf = (row: Partial<T>, column: ColumnMetadata) => {
    const value = column === generatedId ? randomUUID() : driver.preparePersistentValue(row[column.propertyName as keyof T], column);
    return value === undefined ? null : value;
  };
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) `;
  if (driver.options.type === 'postgres') {
    // The generated id is stored as text (varchar), whatever the entity calls it.
    const arrays = columns.map((c, i) => `$${i + 1}::${c === generatedId ? 'varchar' : driver.normalizeType(c)}[]`);
    for (let start = 0; start < rows.length; start += POSTGRES_ROWS_PER_STATEMENT) {
      const slice = rows.slice(start, start + POSTGRES_ROWS_PER_STATEMENT);
      await manager.query(`${head}SELECT * FROM unnest(${arrays.join(', ')})`, columns.map((column) => slice.map((row) => valueOf(row, column))));
    }
    return;
  }
  const perStatement = Math.floor(SQLITE_MAX_PARAMETERS / columns.length);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    await manager.query(`${head}VALUES ${slice.map(() => tuple).join(', ')}`, slice.flatMap((row) => columns.map((column) => valueOf(row, column))));
  }
}

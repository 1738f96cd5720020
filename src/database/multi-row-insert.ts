import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Parameters one statement may carry: SQLite allows 32,766, PostgreSQL 65,535. */
const MAX_PARAMETERS = { sqlite: 32_000, postgres: 65_000 } as const;

/**
 * Inserts rows in as few multi-row statements as the database's parameter limit allows, with
 * values converted as the entity's columns store them, and no entity object per row: at national
 * scale (millions of rows) the per-row work of repository.insert() costs more than the database.
 * A uuid primary key the rows leave out is generated here. Columns not named keep their defaults.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, properties: (keyof T & string)[], rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const generatedId = metadata.primaryColumns.find((c) => c.generationStrategy === 'uuid' && !properties.includes(c.propertyName as keyof T & string));
  const columns = [...(generatedId ? [generatedId] : []), ...properties.map((p) => metadata.findColumnWithPropertyName(p)!)];
  const onPostgres = driver.options.type === 'postgres';
  const perStatement = Math.floor(MAX_PARAMETERS[onPostgres ? 'postgres' : 'sqlite'] / columns.length);
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = slice.map((row) => {
      const marks = columns.map((column) => {
        const value = column === generatedId ? randomUUID() : driver.preparePersistentValue(row[column.propertyName as keyof T], column);
        parameters.push(value === undefined ? null : value);
        return onPostgres ? `$${parameters.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    await manager.query(head + tuples.join(', '), parameters);
  }
}

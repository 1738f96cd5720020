import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * A read made on nearly every request, as plain SQL with `:name` parameters. On PostgreSQL it runs
 * as a named prepared statement straight on the pool: the server plans it once per connection, not
 * on every call, and TypeORM's query runner (and its query log) is skipped. Elsewhere it is the data
 * source's own query. `name` must be unique to `sql`.
 */
export async function preparedRead<Row>(dataSource: DataSource, name: string, sql: string, parameters: Record<string, unknown>): Promise<Row[]> {
  const [text, values] = dataSource.driver.escapeQueryWithParameters(sql, parameters);
  if (dataSource.options.type !== 'postgres') return dataSource.query(text, values);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  return (await pool.query({ name, text, values })).rows as Row[];
}

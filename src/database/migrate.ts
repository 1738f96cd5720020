import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

/** Any fixed number: the PostgreSQL advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK_KEY = 7_316_2020;

/**
 * Applies pending migrations on a connection of its own, before any module starts work. On
 * PostgreSQL the API and several workers may start together: one connection holding an advisory
 * lock makes them migrate one after another, and the later ones find nothing left to do.
 */
export async function migrate(database: AppConfig['database']): Promise<void> {
  // Migrations are plain SQL: they need no entity.
  const options = dataSourceOptions(database, {});
  const onPostgres = options.type === 'postgres';
  const dataSource = await new DataSource(onPostgres ? { ...options, extra: { max: 1 } } : options).initialize();
  try {
    if (onPostgres) await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    if (onPostgres) await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await dataSource.destroy();
  }
}

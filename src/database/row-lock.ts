import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ID_CHUNK } from './in-chunks.js';

const onPostgres = (manager: EntityManager): boolean => manager.connection.options.type === 'postgres';

/**
 * Reads one row by id under a row lock (PostgreSQL `FOR UPDATE`), so transactions that change
 * what hangs off it wait their turn. SQLite runs one write transaction at a time and needs none.
 */
export function findForUpdate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string): Promise<T | null> {
  const query = manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id });
  if (onPostgres(manager)) query.setLock('pessimistic_write');
  return query.getOne();
}

/**
 * Reads many rows by id under row locks taken in id order (byte order on PostgreSQL, the same
 * order as the slices), so two transactions locking overlapping sets queue instead of deadlocking.
 */
export async function findAllForUpdate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, ids: string[], columns: (keyof T & string)[]): Promise<T[]> {
  const sorted = [...new Set(ids)].sort();
  const rows: T[] = [];
  for (let start = 0; start < sorted.length; start += ID_CHUNK) {
    const query = manager
      .getRepository(entity)
      .createQueryBuilder('row')
      .select(columns.map((column) => `row.${column}`))
      .where('row.id IN (:...ids)', { ids: sorted.slice(start, start + ID_CHUNK) });
    if (onPostgres(manager)) query.orderBy('row.id COLLATE "C"').setLock('pessimistic_write');
    rows.push(...(await query.getMany()));
  }
  return rows;
}

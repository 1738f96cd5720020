import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads one row by id under a row lock (PostgreSQL `FOR UPDATE`), so transactions that change
 * what hangs off it wait their turn. SQLite runs one write transaction at a time and needs none.
 */
export function findForUpdate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string): Promise<T | null> {
  const query = manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id });
  if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
  return query.getOne();
}

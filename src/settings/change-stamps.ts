import { randomUUID } from 'node:crypto';
import type { EntityManager, EntitySubscriberInterface, InsertEvent, QueryRunner, RemoveEvent, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';
import { EventSubscriber, In } from 'typeorm';
import { type RawWriteListener } from '../database/multi-row-insert.js';
import { ProgramSetting } from './program-setting.entity.js';

/** The tables a process may keep in memory, with the program_setting row that stamps their last change. */
const STAMP_KEYS = { tutor: 'stamp.tutor', assignment: 'stamp.assignment' } as const;
export type StampedTable = keyof typeof STAMP_KEYS;
export type ChangeStamps = Record<StampedTable, string>;

const isStamped = (table: string): table is StampedTable => Object.hasOwn(STAMP_KEYS, table);

/**
 * Gives a stamped table a fresh random stamp in the same transaction as every write to it, as
 * the transaction's last statement (so the stamp row is the last lock it takes, and no cycle of
 * waits forms). A copy in memory tagged with the stamps it was read under stays valid, in any
 * process, while a one-row read finds the same stamps. A stamp is never reused, so one seen
 * inside a transaction that then rolls back matches no committed stamp.
 */
@EventSubscriber()
export class ChangeStampSubscriber implements EntitySubscriberInterface, RawWriteListener {
  private readonly pending = new WeakMap<QueryRunner, Set<StampedTable>>();

  afterInsert(event: InsertEvent<unknown>): Promise<void> {
    return this.changed(event.queryRunner, event.manager, event.metadata.tableName);
  }

  afterUpdate(event: UpdateEvent<unknown>): Promise<void> {
    return this.changed(event.queryRunner, event.manager, event.metadata.tableName);
  }

  afterRemove(event: RemoveEvent<unknown>): Promise<void> {
    return this.changed(event.queryRunner, event.manager, event.metadata.tableName);
  }

  afterRawWrite(manager: EntityManager, table: string): Promise<void> {
    return this.changed(manager.queryRunner, manager, table);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const tables = this.pending.get(event.queryRunner);
    if (!tables) return;
    this.pending.delete(event.queryRunner);
    await writeStamps(event.manager, [...tables]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  async changed(queryRunner: QueryRunner | undefined, manager: EntityManager, table: string): Promise<void> {
    if (!isStamped(table)) return;
    if (!queryRunner?.isTransactionActive) return writeStamps(manager, [table]);
    const tables = this.pending.get(queryRunner) ?? new Set();
    this.pending.set(queryRunner, tables.add(table));
  }
}

async function writeStamps(manager: EntityManager, tables: StampedTable[]): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(ProgramSetting)
    .values(tables.map((table) => ({ key: STAMP_KEYS[table], value: randomUUID() })))
    .orUpdate(['value'], ['key'])
    .callListeners(false)
    .updateEntity(false)
    .execute();
}

/** The stamps as committed now (an empty stamp for a table not written since the database was made). */
export async function readChangeStamps(manager: EntityManager): Promise<ChangeStamps> {
  const rows = await manager.getRepository(ProgramSetting).find({ select: { key: true, value: true }, where: { key: In(Object.values(STAMP_KEYS)) } });
  const stampOf = (table: StampedTable) => String(rows.find((row) => row.key === STAMP_KEYS[table])?.value ?? '');
  return { tutor: stampOf('tutor'), assignment: stampOf('assignment') };
}

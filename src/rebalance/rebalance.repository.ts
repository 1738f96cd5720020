import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Page, PageQueryDto, paginate } from '../common/pagination.js';
import { insertRows } from '../database/multi-row-insert.js';
import { findForUpdate } from '../database/row-lock.js';
import { readChangeStamps } from '../settings/change-stamps.js';
import { ACTIVE_RUN, Rebalance, RebalancePhase } from './rebalance.entity.js';
import { RebalanceChange } from './rebalance-change.entity.js';

@Injectable()
export class RebalanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Rebalance | null> {
    return manager.getRepository(Rebalance).findOneBy({ id });
  }

  /** The run's row, locked until the caller's transaction ends (PostgreSQL; SQLite's writer holds the database). */
  lockById(manager: EntityManager, id: string): Promise<Rebalance | null> {
    return findForUpdate(manager, Rebalance, id);
  }

  /** The run that is queued or running, if any (at most one, by the unique `activeSlot`). */
  findActive(manager: EntityManager = this.dataSource.manager): Promise<Rebalance | null> {
    return manager.getRepository(Rebalance).findOneBy({ activeSlot: ACTIVE_RUN });
  }

  /** Every run, paged; each says when it was made (createdAt) and how it ended. */
  list(page: PageQueryDto): Promise<Page<Rebalance>> {
    return paginate(this.dataSource.getRepository(Rebalance).createQueryBuilder('r'), page, { column: 'createdAt', direction: 'DESC' });
  }

  insert(manager: EntityManager, rebalance: Partial<Rebalance>): Promise<Rebalance> {
    const repository = manager.getRepository(Rebalance);
    return repository.save(repository.create(rebalance));
  }

  save(manager: EntityManager, rebalance: Rebalance): Promise<Rebalance> {
    return manager.getRepository(Rebalance).save(rebalance);
  }

  /** Progress is committed on its own, so a reader sees it move while the run works. */
  async setProgress(manager: EntityManager, id: string, progress: number, phase: RebalancePhase): Promise<void> {
    await manager.getRepository(Rebalance).update({ id, status: 'running' }, { progress, phase });
  }

  /** The run whose plan the database applied last, if any. */
  async lastAppliedId(): Promise<string | null> {
    const last = await this.dataSource.getRepository(Rebalance).createQueryBuilder('r').select('r.id', 'id').where('r.appliedAt IS NOT NULL').orderBy('r.appliedAt', 'DESC').limit(1).getRawOne<{ id: string }>();
    return last?.id ?? null;
  }

  async replaceChanges(manager: EntityManager, rebalanceId: string, changes: Omit<RebalanceChange, 'id' | 'rebalanceId' | 'seq'>[]): Promise<void> {
    await manager.getRepository(RebalanceChange).delete({ rebalanceId });
    const rows = changes.map((change, i) => ({ ...change, rebalanceId, seq: i + 1 }));
    await insertRows(manager, RebalanceChange, rows);
  }

  changes(rebalanceId: string, page: PageQueryDto): Promise<Page<RebalanceChange>> {
    return paginate(this.dataSource.getRepository(RebalanceChange).createQueryBuilder('c').where('c.rebalanceId = :rebalanceId', { rebalanceId }), page, { column: 'seq', direction: 'ASC' });
  }

  allChanges(rebalanceId: string, manager: EntityManager): Promise<RebalanceChange[]> {
    return manager.getRepository(RebalanceChange).find({ where: { rebalanceId }, order: { seq: 'ASC' } });
  }

  /**
   * The assignments' change stamp: it moves with every committed write to the table, so an equal
   * stamp means the pairs a plan was made on are still the pairs in the database. One row's read,
   * where a digest of every pair took seconds at national scale.
   */
  async assignmentsBasis(manager: EntityManager = this.dataSource.manager): Promise<string> {
    return (await readChangeStamps(manager)).assignment;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity.js';
import { Page, PageQueryDto, paginate } from '../common/pagination.js';
import { insertRows } from '../database/multi-row-insert.js';
import { ACTIVE_RUN, Rebalance, RebalancePhase } from './rebalance.entity.js';
import { RebalanceChange } from './rebalance-change.entity.js';

/** Rows per read of the fingerprint: each page is short work for the event loop, and SQLite's reads block it. */
const FINGERPRINT_PAGE = 20_000;

@Injectable()
export class RebalanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Rebalance | null> {
    return manager.getRepository(Rebalance).findOneBy({ id });
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
   * A digest of every active assignment (id, tutor, SME), in the database's id order: equal digests
   * mean nothing changed. Read in pages, so a national program's 2 million pairs never hold the event loop.
   */
  async assignmentsFingerprint(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const hash = createHash('sha256');
    for (let after: string | null = null; ; ) {
      const query = manager
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .select(['a.id AS id', 'a.tutorId AS "tutorId"', 'a.smeId AS "smeId"'])
        .where('a.endedAt IS NULL')
        .orderBy('a.id')
        .limit(FINGERPRINT_PAGE);
      if (after !== null) query.andWhere('a.id > :after', { after });
      const rows: { id: string; tutorId: string; smeId: string }[] = await query.getRawMany();
      for (const row of rows) hash.update(`${row.id}|${row.tutorId}|${row.smeId};`);
      if (rows.length < FINGERPRINT_PAGE) return hash.digest('hex');
      after = rows[rows.length - 1].id;
    }
  }
}

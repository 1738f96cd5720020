import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity.js';
import { Page, PageQueryDto, paginate } from '../common/pagination.js';
import { ACTIVE_RUN, Rebalance } from './rebalance.entity.js';
import { RebalanceChange } from './rebalance-change.entity.js';

const CHANGE_INSERT_CHUNK = 500;

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
  async setProgress(manager: EntityManager, id: string, progress: number): Promise<void> {
    await manager.getRepository(Rebalance).update({ id, status: 'running' }, { progress });
  }

  async replaceChanges(manager: EntityManager, rebalanceId: string, changes: Omit<RebalanceChange, 'id' | 'rebalanceId' | 'seq'>[]): Promise<void> {
    const repository = manager.getRepository(RebalanceChange);
    await repository.delete({ rebalanceId });
    for (let start = 0; start < changes.length; start += CHANGE_INSERT_CHUNK) {
      const chunk = changes.slice(start, start + CHANGE_INSERT_CHUNK).map((change, i) => ({ ...change, rebalanceId, seq: start + i + 1 }));
      await repository.insert(chunk);
    }
  }

  changes(rebalanceId: string, page: PageQueryDto): Promise<Page<RebalanceChange>> {
    return paginate(this.dataSource.getRepository(RebalanceChange).createQueryBuilder('c').where('c.rebalanceId = :rebalanceId', { rebalanceId }), page, { column: 'seq', direction: 'ASC' });
  }

  allChanges(rebalanceId: string, manager: EntityManager): Promise<RebalanceChange[]> {
    return manager.getRepository(RebalanceChange).find({ where: { rebalanceId }, order: { seq: 'ASC' } });
  }

  /** A digest of every active assignment (id, tutor, SME): equal digests mean nothing changed. */
  async assignmentsFingerprint(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows: { id: string; tutorId: string; smeId: string }[] = await manager
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .select(['a.id AS id', 'a.tutorId AS "tutorId"', 'a.smeId AS "smeId"'])
      .where('a.endedAt IS NULL')
      .orderBy('a.id')
      .getRawMany();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(`${row.id}|${row.tutorId}|${row.smeId};`);
    return hash.digest('hex');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { flatMapInChunks, forEachChunk } from '../database/in-chunks.js';
import { insertRows } from '../database/multi-row-insert.js';
import { Page, PageQueryDto, paginate } from '../common/pagination.js';
import { Assignment, EndReason } from './assignment.entity.js';
import { firstFreeSeat } from './seat.rule.js';

export interface AssignmentFilter extends PageQueryDto {
  tutorId?: string;
  smeId?: string;
  active?: boolean;
}

export interface EndAssignment {
  reason: EndReason;
  endedBy: string | null;
  at: Date;
  rebalanceId?: string | null;
}

@Injectable()
export class AssignmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Assignment | null> {
    return manager.getRepository(Assignment).findOneBy({ id });
  }

  findActiveBySme(smeId: string, manager: EntityManager = this.dataSource.manager): Promise<Assignment | null> {
    return manager.getRepository(Assignment).findOneBy({ smeId, endedAt: IsNull() });
  }

  findActiveByTutor(tutorId: string, manager: EntityManager = this.dataSource.manager): Promise<Assignment[]> {
    return manager.getRepository(Assignment).find({ where: { tutorId, endedAt: IsNull() }, order: { startedAt: 'ASC' } });
  }

  findActiveBySmes(smeIds: string[], manager: EntityManager): Promise<Assignment[]> {
    return flatMapInChunks(smeIds, (chunk) => manager.getRepository(Assignment).findBy({ smeId: In(chunk), endedAt: IsNull() }));
  }

  /** The seats these tutors' active pairs hold. */
  findActiveSeatsByTutors(tutorIds: string[], manager: EntityManager): Promise<Pick<Assignment, 'tutorId' | 'slot'>[]> {
    return flatMapInChunks(tutorIds, (chunk) => manager.getRepository(Assignment).find({ select: { tutorId: true, slot: true }, where: { tutorId: In(chunk), endedAt: IsNull() } }));
  }

  /** New pairs, all of one shape (the same fields given), in as few statements as the database allows. */
  async insertMany(manager: EntityManager, assignments: Partial<Assignment>[]): Promise<void> {
    await insertRows(manager, Assignment, assignments);
  }

  /** Ends these active pairs in a few statements; a rebalance that ends them is recorded on each. */
  async endMany(manager: EntityManager, ids: string[], end: EndAssignment): Promise<void> {
    const ended = { endedAt: end.at, endReason: end.reason, endedBy: end.endedBy, endRebalanceId: end.rebalanceId ?? null };
    await forEachChunk(ids, async (chunk) => {
      await manager.getRepository(Assignment).update({ id: In(chunk), endedAt: IsNull() }, ended);
      if (end.rebalanceId) await manager.getRepository(Assignment).update({ id: In(chunk), rebalanceId: IsNull() }, { rebalanceId: end.rebalanceId });
    });
  }

  /** Every assignment, active and ended, the SMEs ever had. */
  historyOfSmes(smeIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Assignment[]> {
    if (smeIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(Assignment).findBy({ smeId: In(smeIds) });
  }

  /** The lowest seat (1..maxSmes) the tutor has free, or null when all are taken. */
  async freeSlotOfTutor(manager: EntityManager, tutorId: string, maxSmes: number): Promise<number | null> {
    const active = await this.findActiveByTutor(tutorId, manager);
    return active.length >= maxSmes ? null : firstFreeSeat(active.map((a) => a.slot), maxSmes);
  }

  insert(manager: EntityManager, assignment: Partial<Assignment>): Promise<Assignment> {
    const repository = manager.getRepository(Assignment);
    return repository.save(repository.create(assignment));
  }

  save(manager: EntityManager, assignment: Assignment): Promise<Assignment> {
    return manager.getRepository(Assignment).save(assignment);
  }

  async end(manager: EntityManager, assignment: Assignment, end: EndAssignment): Promise<Assignment> {
    assignment.endedAt = end.at;
    assignment.endReason = end.reason;
    assignment.endedBy = end.endedBy;
    if (end.rebalanceId) {
      assignment.endRebalanceId = end.rebalanceId;
      assignment.rebalanceId ??= end.rebalanceId;
    }
    return manager.getRepository(Assignment).save(assignment);
  }

  list(filter: AssignmentFilter): Promise<Page<Assignment>> {
    const query = this.dataSource.getRepository(Assignment).createQueryBuilder('a');
    if (filter.tutorId) query.andWhere('a.tutorId = :tutorId', { tutorId: filter.tutorId });
    if (filter.smeId) query.andWhere('a.smeId = :smeId', { smeId: filter.smeId });
    if (filter.active === true) query.andWhere('a.endedAt IS NULL');
    if (filter.active === false) query.andWhere('a.endedAt IS NOT NULL');
    return paginate(query, filter, { column: 'startedAt', direction: 'DESC' });
  }

  /** Each tutor's active pairs, of these tutors or of all, counted by one aggregate (absent: none). */
  async activeCountsByTutor(tutorIds?: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const count = (ids?: string[]) => {
      const query = manager.getRepository(Assignment).createQueryBuilder('a').select('a.tutorId', 'tutorId').addSelect('COUNT(*)', 'load').where('a.endedAt IS NULL');
      if (ids) query.andWhere('a.tutorId IN (:...ids)', { ids });
      return query.groupBy('a.tutorId').getRawMany<{ tutorId: string; load: string | number }>();
    };
    const rows = tutorIds ? await flatMapInChunks(tutorIds, count) : await count();
    return new Map(rows.map((r) => [r.tutorId, Number(r.load)]));
  }
}

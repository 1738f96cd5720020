import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { currentTutorOf } from '../database/active-load.sql.js';
import { flatMapInChunks, forEachChunk } from '../database/in-chunks.js';
import { findAllForUpdate, findForUpdate } from '../database/row-lock.js';
import { whereNameContains } from '../common/name-search.js';
import { Page, paginate } from '../common/pagination.js';
import { RegionNames, withRegionNames } from '../regions/region-names.js';
import { Sme } from './sme.entity.js';
import type { SmeListQueryDto } from './sme.dto.js';

export type SmeWithTutor = Sme & RegionNames & { currentTutorId: string | null };

const HAS_UNRESOLVED_FLAG = `EXISTS (SELECT 1 FROM flag f WHERE f."smeId" = s.id AND f."status" <> 'resolved')`;

@Injectable()
export class SmeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Sme | null> {
    return manager.getRepository(Sme).findOneBy({ id });
  }

  /** Reads the SME under a row lock (PostgreSQL) so two assignments of one SME wait their turn. */
  lockById(manager: EntityManager, id: string): Promise<Sme | null> {
    return findForUpdate(manager, Sme, id);
  }

  /** Id and status of these SMEs, each row locked (PostgreSQL) until the transaction ends. */
  lockByIds(manager: EntityManager, ids: string[]): Promise<Pick<Sme, 'id' | 'status'>[]> {
    return findAllForUpdate(manager, Sme, ids, ['id', 'status']);
  }

  async findWithTutor(id: string): Promise<SmeWithTutor | null> {
    const sme = await this.findById(id);
    return sme ? (await this.withTutors([sme]))[0] : null;
  }

  async list(filter: SmeListQueryDto): Promise<Page<SmeWithTutor>> {
    const query = this.dataSource.getRepository(Sme).createQueryBuilder('s');
    if (filter.provinceCode) query.andWhere('s.provinceCode = :provinceCode', { provinceCode: filter.provinceCode });
    if (filter.regencyCode) query.andWhere('s.regencyCode = :regencyCode', { regencyCode: filter.regencyCode });
    whereNameContains(query, 's.businessName', filter.q);
    if (filter.segment) query.andWhere('s.segment = :segment', { segment: filter.segment });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.flagged !== undefined) query.andWhere(filter.flagged ? HAS_UNRESOLVED_FLAG : `NOT ${HAS_UNRESOLVED_FLAG}`);
    if (filter.unassigned !== undefined) query.andWhere(`${currentTutorOf('s')} IS ${filter.unassigned ? '' : 'NOT '}NULL`);
    const page = await paginate(query, filter, { column: 'businessName', direction: 'ASC' });
    return { items: await this.withTutors(page.items), nextCursor: page.nextCursor };
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Sme[]> {
    return flatMapInChunks(ids, (chunk) => manager.getRepository(Sme).findBy({ id: In(chunk) }));
  }

  /** SMEs that just got their first tutor move from enrolled to mentoring. */
  async markMentoring(manager: EntityManager, ids: string[]): Promise<void> {
    await forEachChunk(ids, (chunk) => manager.getRepository(Sme).update({ id: In(chunk), status: 'enrolled' }, { status: 'mentoring' }));
  }

  /** SMEs that lost their tutor and got no other go back from mentoring to enrolled. */
  async markEnrolled(manager: EntityManager, ids: string[]): Promise<void> {
    await forEachChunk(ids, (chunk) => manager.getRepository(Sme).update({ id: In(chunk), status: 'mentoring' }, { status: 'enrolled' }));
  }

  /** The next page, by id, of SMEs the flag sweep visits: active ones, and any still holding an unresolved flag. */
  async idsToSweep(afterId: string | null, limit: number): Promise<string[]> {
    const query = this.toSweep().select('s.id', 'id').orderBy('s.id', 'ASC').limit(limit);
    if (afterId) query.andWhere('s.id > :afterId', { afterId });
    return (await query.getRawMany<{ id: string }>()).map((row) => row.id);
  }

  countToSweep(): Promise<number> {
    return this.toSweep().getCount();
  }

  insert(manager: EntityManager, sme: Partial<Sme>): Promise<Sme> {
    const repository = manager.getRepository(Sme);
    return repository.save(repository.create(sme));
  }

  async insertMany(manager: EntityManager, smes: Partial<Sme>[]): Promise<void> {
    await manager.getRepository(Sme).insert(smes);
  }

  save(manager: EntityManager, sme: Sme): Promise<Sme> {
    return manager.getRepository(Sme).save(sme);
  }

  private toSweep() {
    return this.dataSource.getRepository(Sme).createQueryBuilder('s').where(`(s.status IN ('enrolled', 'mentoring') OR ${HAS_UNRESOLVED_FLAG})`);
  }

  private async withTutors(smes: Sme[]): Promise<SmeWithTutor[]> {
    if (smes.length === 0) return [];
    const rows: { id: string; tutorId: string | null }[] = await this.dataSource
      .getRepository(Sme)
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .addSelect(currentTutorOf('s'), 'tutorId')
      .where('s.id IN (:...ids)', { ids: smes.map((s) => s.id) })
      .getRawMany();
    const tutors = new Map(rows.map((r) => [r.id, r.tutorId]));
    return smes.map((s) => withRegionNames(Object.assign(s, { currentTutorId: tutors.get(s.id) ?? null })));
  }
}

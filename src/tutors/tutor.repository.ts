import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { flatMapInChunks } from '../database/in-chunks.js';
import { findAllForUpdate, findForUpdate } from '../database/row-lock.js';
import { whereNameContains } from '../common/name-search.js';
import { Page, paginate } from '../common/pagination.js';
import { RegionNames, withRegionNames } from '../regions/region-names.js';
import { Tutor } from './tutor.entity.js';
import type { TutorListQueryDto } from './tutor.dto.js';

export type TutorWithLoad = Tutor & RegionNames & { load: number };
/** What placing an SME with a tutor checks: whether it takes part, and its seats. */
export type TutorSeats = Pick<Tutor, 'id' | 'status' | 'maxSmes'>;
/** What matching reads of a tutor. */
export type TutorMatchingColumns = Pick<Tutor, 'id' | 'provinceCode' | 'regencyCode' | 'categories' | 'languages' | 'modes' | 'maxSmes'>;

@Injectable()
export class TutorRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentRepository,
  ) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Tutor | null> {
    return manager.getRepository(Tutor).findOneBy({ id });
  }

  /** Reads the tutor under a row lock (PostgreSQL) so concurrent seat changes wait their turn. */
  lockById(manager: EntityManager, id: string): Promise<Tutor | null> {
    return findForUpdate(manager, Tutor, id);
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Tutor[]> {
    return flatMapInChunks(ids, (chunk) => manager.getRepository(Tutor).findBy({ id: In(chunk) }));
  }

  /**
   * Only the columns a seat check reads, which keeps a national plan's 700,000 tutors small in
   * memory; each row locked (PostgreSQL) until the transaction ends.
   */
  lockByIds(manager: EntityManager, ids: string[]): Promise<TutorSeats[]> {
    return findAllForUpdate(manager, Tutor, ids, ['id', 'status', 'maxSmes']);
  }

  async findWithLoad(id: string): Promise<TutorWithLoad | null> {
    const tutor = await this.findById(id);
    return tutor ? (await this.withLoads([tutor]))[0] : null;
  }

  async findManyWithLoad(ids: string[]): Promise<TutorWithLoad[]> {
    return this.withLoads(await this.findByIds(ids));
  }

  async list(filter: TutorListQueryDto): Promise<Page<TutorWithLoad>> {
    const query = this.dataSource.getRepository(Tutor).createQueryBuilder('t');
    if (filter.provinceCode) query.andWhere('t.provinceCode = :provinceCode', { provinceCode: filter.provinceCode });
    if (filter.regencyCode) query.andWhere('t.regencyCode = :regencyCode', { regencyCode: filter.regencyCode });
    whereNameContains(query, 't.name', filter.q);
    if (filter.status) query.andWhere('t.status = :status', { status: filter.status });
    if (filter.category) query.andWhere('CAST(t.categories AS TEXT) LIKE :category', { category: `%"${filter.category}"%` });
    const page = await paginate(query, filter, { column: 'name', direction: 'ASC' });
    return { items: await this.withLoads(page.items), nextCursor: page.nextCursor };
  }

  /** Every active tutor that takes SMEs, with only the columns matching reads. */
  findMatchable(manager: EntityManager = this.dataSource.manager): Promise<TutorMatchingColumns[]> {
    return manager
      .getRepository(Tutor)
      .createQueryBuilder('t')
      .select(['t.id', 't.provinceCode', 't.regencyCode', 't.categories', 't.languages', 't.modes', 't.maxSmes'])
      .where(`t.status = 'active'`)
      .andWhere('t.maxSmes > 0')
      .getMany();
  }

  insert(manager: EntityManager, tutor: Partial<Tutor>): Promise<Tutor> {
    const repository = manager.getRepository(Tutor);
    return repository.save(repository.create(tutor));
  }

  countWithMaxSmesAbove(max: number): Promise<number> {
    return this.dataSource.getRepository(Tutor).countBy({ maxSmes: MoreThan(max) });
  }

  async insertMany(manager: EntityManager, tutors: Partial<Tutor>[]): Promise<void> {
    await manager.getRepository(Tutor).insert(tutors);
  }

  save(manager: EntityManager, tutor: Tutor): Promise<Tutor> {
    return manager.getRepository(Tutor).save(tutor);
  }

  private async withLoads(tutors: Tutor[]): Promise<TutorWithLoad[]> {
    if (tutors.length === 0) return [];
    const loads = await this.assignments.activeCountsByTutor(tutors.map((t) => t.id));
    return tutors.map((t) => withRegionNames(Object.assign(t, { load: loads.get(t.id) ?? 0 })));
  }
}

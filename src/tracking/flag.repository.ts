import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Page, paginate } from '../common/pagination.js';
import { Flag, FlagStatus, FlagType } from './flag.entity.js';

export interface FlagFilter {
  status?: FlagStatus;
  type?: FlagType;
  provinceCode?: string;
  limit?: number;
  cursor?: string;
}

@Injectable()
export class FlagRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Flag | null> {
    return manager.getRepository(Flag).findOneBy({ id });
  }

  /** Open and acknowledged flags: the ones whose condition still holds. */
  unresolvedOfSmes(smeIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Flag[]> {
    if (smeIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(Flag).find({ where: { smeId: In(smeIds), status: Not('resolved') }, order: { openedAt: 'ASC' } });
  }

  unresolvedOfType(type: FlagType, manager: EntityManager = this.dataSource.manager): Promise<Flag[]> {
    return manager.getRepository(Flag).findBy({ type, status: Not('resolved') });
  }

  list(filter: FlagFilter): Promise<Page<Flag>> {
    const query = this.dataSource.getRepository(Flag).createQueryBuilder('f');
    if (filter.status) query.andWhere('f.status = :status', { status: filter.status });
    if (filter.type) query.andWhere('f.type = :type', { type: filter.type });
    if (filter.provinceCode) {
      query.andWhere('f.smeId IN (SELECT s.id FROM sme s WHERE s."provinceCode" = :provinceCode)', { provinceCode: filter.provinceCode });
    }
    return paginate(query, filter, { column: 'openedAt', direction: 'DESC' });
  }

  save(manager: EntityManager, flag: Partial<Flag>): Promise<Flag> {
    const repository = manager.getRepository(Flag);
    return repository.save(repository.create(flag));
  }

  /** Opens flags; one that another process opened meanwhile (unique unresolved index) is left as it is. */
  async openMany(manager: EntityManager, flags: Partial<Flag>[]): Promise<void> {
    if (flags.length === 0) return;
    await manager.createQueryBuilder().insert().into(Flag).values(flags).orIgnore().updateEntity(false).execute();
  }

  /** Resolves the flags that are still unresolved; touches no other column, so a racing acknowledgement is not undone. */
  async resolveMany(manager: EntityManager, ids: string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.createQueryBuilder().update(Flag).set({ status: 'resolved', resolvedAt: at }).where('id IN (:...ids)', { ids }).andWhere(`status <> 'resolved'`).execute();
  }

  async replaceReasons(manager: EntityManager, id: string, reasons: string[]): Promise<void> {
    await manager.createQueryBuilder().update(Flag).set({ reasons }).where('id = :id', { id }).andWhere(`status <> 'resolved'`).execute();
  }

  async countOpenByType(): Promise<Record<string, number>> {
    const rows: { type: string; count: string | number }[] = await this.dataSource
      .getRepository(Flag)
      .createQueryBuilder('f')
      .select('f.type', 'type')
      .addSelect('COUNT(*)', 'count')
      .where(`f.status = 'open'`)
      .groupBy('f.type')
      .getRawMany();
    return Object.fromEntries(rows.map((r) => [r.type, Number(r.count)]));
  }
}

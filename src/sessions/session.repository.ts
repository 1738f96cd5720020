import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Page, paginate } from '../common/pagination.js';
import { MentoringSession } from './mentoring-session.entity.js';
import type { SessionListQueryDto } from './session.dto.js';

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, session: Partial<MentoringSession>): Promise<MentoringSession> {
    const repository = manager.getRepository(MentoringSession);
    return repository.save(repository.create(session));
  }

  list(filter: SessionListQueryDto): Promise<Page<MentoringSession>> {
    const query = this.dataSource.getRepository(MentoringSession).createQueryBuilder('m');
    if (filter.tutorId) query.andWhere('m.tutorId = :tutorId', { tutorId: filter.tutorId });
    if (filter.smeId) query.andWhere('m.smeId = :smeId', { smeId: filter.smeId });
    return paginate(query, filter, { column: 'date', direction: 'DESC' });
  }

  /** The date of each SME's latest session, for the SMEs given. */
  async lastDatesOf(smeIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (smeIds.length === 0) return new Map();
    const rows: { smeId: string; last: string }[] = await manager
      .getRepository(MentoringSession)
      .createQueryBuilder('m')
      .select('m.smeId', 'smeId')
      .addSelect('CAST(MAX(m.date) AS VARCHAR(10))', 'last')
      .where('m.smeId IN (:...smeIds)', { smeIds })
      .groupBy('m.smeId')
      .getRawMany();
    return new Map(rows.map((r) => [r.smeId, r.last]));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity.js';
import { currentTutorOf } from '../database/active-load.sql.js';
import { Flag } from '../tracking/flag.entity.js';

export interface DigestFigures {
  newFlags: number;
  unassignedSmes: number;
  pairsStarted: number;
  pairsEnded: number;
}

/** What the coordinator digest counts, since a given instant. */
@Injectable()
export class DigestFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async since(since: Date): Promise<DigestFigures> {
    const [unassigned] = await this.dataSource.query(`SELECT COUNT(*) AS count FROM sme s WHERE s."status" IN ('enrolled', 'mentoring') AND ${currentTutorOf('s')} IS NULL`);
    const assignments = this.dataSource.getRepository(Assignment);
    return {
      newFlags: await this.dataSource.getRepository(Flag).countBy({ openedAt: MoreThanOrEqual(since) }),
      unassignedSmes: Number(unassigned.count),
      pairsStarted: await assignments.countBy({ startedAt: MoreThanOrEqual(since) }),
      pairsEnded: await assignments.countBy({ endedAt: MoreThanOrEqual(since) }),
    };
  }
}

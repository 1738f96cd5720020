import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity.js';
import { Flag } from '../flags/flag.entity.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';

/** What a rebalance decides over, read at one moment. */
export interface ProgramSnapshot {
  activeTutors: Tutor[];
  activeSmes: Sme[];
  activeAssignments: Assignment[];
  needsContinuedMentoring: Set<string>;
}

@Injectable()
export class ProgramSnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(): Promise<ProgramSnapshot> {
    const manager = this.dataSource.manager;
    const [activeTutors, activeSmes, activeAssignments, flags] = await Promise.all([
      manager.getRepository(Tutor).find({ where: { status: 'active' }, order: { id: 'ASC' } }),
      manager.getRepository(Sme).find({ where: { status: In(['enrolled', 'mentoring']) }, order: { id: 'ASC' } }),
      manager.getRepository(Assignment).find({ where: { endedAt: IsNull() } }),
      manager.getRepository(Flag).find({ select: { smeId: true }, where: { type: 'NEEDS_CONTINUED_MENTORING', status: Not('resolved') } }),
    ]);
    return { activeTutors, activeSmes, activeAssignments, needsContinuedMentoring: new Set(flags.map((f) => f.smeId)) };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity.js';
import { Flag } from '../flags/flag.entity.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';
import type { TutorMatchingColumns } from '../tutors/tutor.repository.js';

/** The columns a rebalance reads: the engine's input and, for assignments, what the diff compares. */
export type SnapshotTutor = TutorMatchingColumns;
export type SnapshotSme = Pick<Sme, 'id' | 'provinceCode' | 'regencyCode' | 'category' | 'languages' | 'internetAccess' | 'segment'>;
export type SnapshotAssignment = Pick<Assignment, 'smeId' | 'tutorId' | 'pinned'>;

/** What a rebalance decides over, read at one moment. */
export interface ProgramSnapshot {
  activeTutors: SnapshotTutor[];
  activeSmes: SnapshotSme[];
  activeAssignments: SnapshotAssignment[];
  needsContinuedMentoring: Set<string>;
  /** SMEs whose active pair has logged at least one mentoring session. */
  pairsWithSessions: Set<string>;
}

@Injectable()
export class ProgramSnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reads only the columns a rebalance uses, which at scale keeps names, contacts and explanations out of memory. */
  async load(): Promise<ProgramSnapshot> {
    const manager = this.dataSource.manager;
    const [activeTutors, activeSmes, activeAssignments, flags, withSessions] = await Promise.all([
      manager.getRepository(Tutor).find({
        select: { id: true, provinceCode: true, regencyCode: true, categories: true, languages: true, modes: true, maxSmes: true },
        where: { status: 'active' },
        order: { id: 'ASC' },
      }),
      manager.getRepository(Sme).find({
        select: { id: true, provinceCode: true, regencyCode: true, category: true, languages: true, internetAccess: true, segment: true },
        where: { status: In(['enrolled', 'mentoring']) },
        order: { id: 'ASC' },
      }),
      manager.getRepository(Assignment).find({ select: { smeId: true, tutorId: true, pinned: true }, where: { endedAt: IsNull() } }),
      manager.getRepository(Flag).find({ select: { smeId: true }, where: { type: 'NEEDS_CONTINUED_MENTORING', status: Not('resolved') } }),
      manager.query(
        `SELECT DISTINCT a."smeId" AS "smeId" FROM assignment a
         WHERE a."endedAt" IS NULL AND EXISTS (SELECT 1 FROM mentoring_session m WHERE m."smeId" = a."smeId" AND m."tutorId" = a."tutorId")`,
      ) as Promise<{ smeId: string }[]>,
    ]);
    return {
      activeTutors,
      activeSmes,
      activeAssignments,
      needsContinuedMentoring: new Set(flags.map((f) => f.smeId)),
      pairsWithSessions: new Set(withSessions.map((row) => row.smeId)),
    };
  }
}

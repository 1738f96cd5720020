import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';
import type { PairExplanation } from '../matching/index.js';

export const START_REASONS = ['manual', 'rebalance', 'import'] as const;
export type StartReason = (typeof START_REASONS)[number];

export const END_REASONS = ['manual', 'rebalance', 'graduated', 'withdrawn', 'tutor_inactive'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Why this tutor: the terms of docs/matching-model.md section 2 that made the pair's cost, and them in words. */
export type AssignmentExplanation = Pick<PairExplanation, 'sameRegency' | 'sameProvince' | 'sameIslandGroup' | 'categoryMatch' | 'sharedLanguage' | 'kept'> & Partial<Pick<PairExplanation, 'sessionsLogged'>> & {
  summary: string;
};

/**
 * One tutor-SME pair over time; ended rows stay as history.
 * The partial unique indexes are the database's own guard of the invariants:
 * an SME has at most one active row, and a tutor's active rows hold distinct slots 1..3.
 */
@Entity('assignment')
@Index('UQ_assignment_active_sme', ['smeId'], { unique: true, where: '"endedAt" IS NULL' })
@Index('UQ_assignment_active_tutor_slot', ['tutorId', 'slot'], { unique: true, where: '"endedAt" IS NULL' })
@Index(['tutorId', 'endedAt'])
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  tutorId: string;

  @Column({ type: 'varchar', length: 36 })
  smeId: string;

  /** Which of the tutor's seats (1..maxSmes) this pair holds while active. */
  @Column({ type: 'integer' })
  slot: number;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: TIMESTAMP_TYPE })
  startedAt: Date;

  @Column({ type: 'varchar', length: 20 })
  startReason: StartReason;

  @Column({ type: 'varchar', length: 36, nullable: true })
  startedBy: string | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  endReason: EndReason | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  endedBy: string | null;

  /** The run that made this pair, or else the run that ended it. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  rebalanceId: string | null;

  /** The run that ended this pair, when one did. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  endRebalanceId: string | null;

  @Column({ type: 'json', nullable: true })
  explanation: AssignmentExplanation | null;
}

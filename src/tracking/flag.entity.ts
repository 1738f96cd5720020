import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';

export const FLAG_TYPES = ['NEEDS_CONTINUED_MENTORING', 'MENTORING_STALLED', 'TRAINING_STALLED', 'UNASSIGNED'] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

export const FLAG_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** A flag opens once: at most one unresolved flag of a type per SME, guarded by the database. */
@Entity('flag')
@Index('UQ_flag_unresolved', ['smeId', 'type'], { unique: true, where: `"status" <> 'resolved'` })
@Index(['status', 'type'])
export class Flag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  smeId: string;

  @Column({ type: 'varchar', length: 40 })
  type: FlagType;

  @Column({ type: 'varchar', length: 20 })
  status: FlagStatus;

  @Column({ type: 'json' })
  reasons: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: TIMESTAMP_TYPE })
  openedAt: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  resolvedAt: Date | null;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt: Date;

}

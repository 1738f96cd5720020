import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PairExplanation } from '../matching/index.js';

export const CHANGE_KINDS = ['moved', 'added', 'ended'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One SME whose tutor the plan changes; `seq` keeps the plan's order for paging. */
@Entity('rebalance_change')
@Index(['rebalanceId', 'seq'], { unique: true })
export class RebalanceChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  rebalanceId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ChangeKind;

  @Column({ type: 'varchar', length: 36 })
  smeId: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  fromTutorId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  toTutorId: string | null;

  @Column({ type: 'json', nullable: true })
  explanation: PairExplanation | null;

  @Column({ type: 'text' })
  reason: string;
}

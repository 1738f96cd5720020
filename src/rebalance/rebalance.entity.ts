import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';

export const REBALANCE_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type RebalanceStatus = (typeof REBALANCE_STATUSES)[number];

export type RebalanceTrigger = 'manual' | 'schedule' | 'events';

/** What a running run is doing; its progress (0-100) moves within each. */
export const REBALANCE_PHASES = ['loading', 'solving', 'diffing', 'writing'] as const;
export type RebalancePhase = (typeof REBALANCE_PHASES)[number];

/** How the plan was solved: as edits of the worker's kept engine, or in full. */
export type SolveMode = 'incremental' | 'full';

export interface RebalanceSummary {
  kept: number;
  moved: number;
  added: number;
  ended: number;
  unassigned: number;
  objective: number;
}

/** The value of `activeSlot` while a run is queued or running: a unique index allows one such run. */
export const ACTIVE_RUN = 'active';

@Entity('rebalance')
export class Rebalance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  status: RebalanceStatus;

  @Column({ type: 'boolean' })
  dryRun: boolean;

  @Column({ type: 'varchar', length: 4, nullable: true })
  provinceCode: string | null;

  @Column({ type: 'varchar', length: 20 })
  trigger: RebalanceTrigger;

  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  phase: RebalancePhase | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  solveMode: SolveMode | null;

  @Column({ type: 'json', nullable: true })
  summary: RebalanceSummary | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The assignments' change stamp the plan was made on; apply refuses a plan whose basis moved. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  basis: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true, unique: true })
  activeSlot: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  requestedBy: string | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  appliedAt: Date | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  finishedAt: Date | null;
}

import type { MatchingSettings } from '../../matching/index.js';
import type { PlannedChange } from '../plan-diff.js';
import type { RebalanceSummary, SolveMode } from '../rebalance.entity.js';

/** The snapshot's parts, sent to the solve thread page by page as the database returns them (raw rows). */
export type SnapshotPart = 'tutors' | 'smes' | 'assignments' | 'continuedMentoring' | 'pairsWithSessions';

export interface SolveRequest {
  runId: string;
  /** The run the database applied last: the kept engine re-solves incrementally only from that run's plan. */
  lastAppliedRunId: string | null;
  provinceCode: string | null;
  settings: MatchingSettings;
}

export type ToSolveThread =
  | { type: 'begin'; request: SolveRequest }
  | { type: 'rows'; part: SnapshotPart; rows: unknown[] }
  | { type: 'solve' };

export type SolvePhase = 'solving' | 'diffing';

export type FromSolveThread =
  | { type: 'taken' }
  | { type: 'progress'; phase: SolvePhase; percent: number }
  | { type: 'changes'; changes: PlannedChange[] }
  | { type: 'done'; summary: RebalanceSummary; mode: SolveMode }
  | { type: 'failed'; message: string; code?: string };

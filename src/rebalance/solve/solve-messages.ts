import type { MatchingSettings } from '../../matching/index.js';
import type { PlannedChange } from '../plan-diff.js';
import type { RebalanceSummary, SolveMode } from '../rebalance.entity.js';

/** The snapshot's parts, sent to the solve thread page by page as the database returns them. */
export type SnapshotPart = 'tutors' | 'smes' | 'assignments' | 'continuedMentoring' | 'pairsWithSessions';

/** A page of a part: raw rows, or (PostgreSQL) the bytes of whole rows in COPY's text format, which the solve thread parses. */
export type SnapshotPage = readonly unknown[] | Uint8Array;

export interface SolveRequest {
  runId: string;
  /** The run the database applied last: the kept engine re-solves incrementally only from that run's plan. */
  lastAppliedRunId: string | null;
  provinceCode: string | null;
  settings: MatchingSettings;
}

export type ToSolveThread =
  | { type: 'begin'; request: SolveRequest }
  | { type: 'page'; part: SnapshotPart; page: SnapshotPage }
  | { type: 'solve' };

export type SolvePhase = 'solving' | 'diffing';

export type FromSolveThread =
  | { type: 'taken' }
  | { type: 'progress'; phase: SolvePhase; percent: number }
  | { type: 'changes'; changes: PlannedChange[] }
  | { type: 'done'; summary: RebalanceSummary; mode: SolveMode }
  | { type: 'failed'; message: string; code?: string };

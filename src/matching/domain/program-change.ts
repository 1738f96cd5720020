import type { MatchSme } from './matching-program.js';

/** A small change to the program of the plan last applied (RebalanceEngine.replan). */
export interface ProgramChange {
  /** SMEs that finished and leave the program. */
  graduatedSmeIds: readonly string[];
  /** SMEs that enrol, with no tutor yet. */
  newSmes: readonly MatchSme[];
  leavingTutorIds: readonly string[];
}

/** An SME whose tutor a re-solve changes; null is none. */
export interface SmeMove {
  smeId: string;
  fromTutorId: string | null;
  toTutorId: string | null;
}

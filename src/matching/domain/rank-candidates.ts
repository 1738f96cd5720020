import { CandidateRanking } from './candidate-ranking.js';
import { EncodedProgram } from './encoded-program.js';
import type { MatchingSettings, MatchSme, MatchTutor } from './matching-program.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

/** The `limit` cheapest of these tutors feasible for the SME, by pair cost then id (its current tutor's stay bonus aside). */
export function rankCandidates(tutors: readonly MatchTutor[], sme: MatchSme, settings: MatchingSettings, limit: number): { tutorId: string; cost: number }[] {
  const program = new EncodedProgram(tutors, [{ ...sme, currentTutorId: null }], settings);
  const ranking = new CandidateRanking(new TierLists(new TierIndex(program)), (t) => tutors[t].maxSmes > 0);
  return ranking.cheapestFor(0, limit).map(({ tutor, cost }) => ({ tutorId: tutors[tutor].id, cost }));
}

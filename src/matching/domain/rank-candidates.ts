import { CandidateRanking } from './candidate-ranking.js';
import { EncodedProgram } from './encoded-program.js';
import type { MatchingSettings, MatchSme, MatchTutor } from './matching-program.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

/** The tiers of these tutors and SMEs, ready to rank tutors for any of the SMEs; `hasSeat` leaves full tutors out. */
export function candidateRanking(
  tutors: readonly MatchTutor[],
  smes: readonly MatchSme[],
  settings: MatchingSettings,
  hasSeat: (tutor: number) => boolean,
): CandidateRanking {
  return new CandidateRanking(new TierLists(new TierIndex(new EncodedProgram(tutors, smes, settings))), hasSeat);
}

/** The `limit` cheapest of these tutors feasible for the SME, by pair cost then id (its current tutor's stay bonus aside). */
export function rankCandidates(tutors: readonly MatchTutor[], sme: MatchSme, settings: MatchingSettings, limit: number): { tutorId: string; cost: number }[] {
  const ranking = candidateRanking(tutors, [{ ...sme, currentTutorId: null }], settings, (t) => tutors[t].maxSmes > 0);
  return ranking.cheapestFor(0, limit).map(({ tutor, cost }) => ({ tutorId: tutors[tutor].id, cost }));
}

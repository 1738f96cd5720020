/**
 * The matching engine's one public entry: the rest of the application, the seed, the bench and
 * the tests outside this folder import from here, never from the folders inside.
 */
export { cheapestPairsInstance } from './domain/cheapest-pairs-instance.js';
export { checkCertificate } from './domain/check-certificate.js';
export {
  assertValidSettings,
  type Certificate,
  DEFAULT_MATCHING_SETTINGS,
  InvalidMatchingInputError,
  MAX_TUTOR_SLOTS,
  type MatchingSettings,
  type MatchSme,
  type MatchTutor,
  type PairExplanation,
  type RebalancePlan,
  type WarmStart,
} from './domain/matching-program.js';
export { planPlaces } from './domain/plan-order.js';
export { planRebalance } from './domain/plan-rebalance.js';
export { CandidateRanking } from './domain/candidate-ranking.js';
export type { ProgramChange } from './domain/program-change.js';
export { type AppliedProgram, RebalanceEngine } from './domain/rebalance-engine.js';
export { highsObjective } from './reference/highs-matching.js';
export { buildInstance, flattenSlots, type MatchingInstance } from './solver/matching-instance.js';
export { solveMatching } from './solver/solve-matching.js';
export { generateProgram, type ProgramScale } from './synthetic/generate-program.js';
export { SeededRandom } from './synthetic/seeded-random.js';

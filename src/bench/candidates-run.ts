import { CandidateRanking, DEFAULT_MATCHING_SETTINGS, generateProgram, type ProgramScale, SeededRandom } from '../matching/index.js';

export interface CandidatesResult {
  scale: ProgramScale;
  tutors: number;
  smes: number;
  /** The tiers and their id-ordered tutor lists, built once for all SMEs. */
  buildMs: number;
  queries: number;
  medianMs: number;
  /** 99 in 100 queries answer within this; the slowest few on a shared machine are its pauses, shown apart. */
  p99Ms: number;
  slowestMs: number;
}

/** The figure each scale's candidate list is held to (an SME's "Assign tutor" dialog). */
export const CANDIDATE_BUDGET_MS: Readonly<Record<ProgramScale, number>> = { pilot: 50, province: 50, national: 500 };

const QUERIES = 2000;
const WARM_UP_QUERIES = 500;
const LIMIT = 50;

/** The 50 best tutors of randomly drawn SMEs, every tutor with a seat in the pool, each query timed apart. */
export function runCandidates(scale: ProgramScale, seed: number): CandidatesResult {
  const { tutors, smes } = generateProgram({ scale, seed });
  const start = performance.now();
  const ranking = new CandidateRanking(tutors);
  const hasSeat = (t: number) => tutors[t].maxSmes > 0;
  const buildMs = performance.now() - start;
  const random = new SeededRandom(seed);
  for (let i = 0; i < WARM_UP_QUERIES; i++) ranking.cheapestFor(smes[random.int(0, smes.length - 1)], DEFAULT_MATCHING_SETTINGS, LIMIT, hasSeat);
  const times = Array.from({ length: QUERIES }, () => {
    const s = random.int(0, smes.length - 1);
    const queryStart = performance.now();
    ranking.cheapestFor(smes[s], DEFAULT_MATCHING_SETTINGS, LIMIT, hasSeat);
    return performance.now() - queryStart;
  }).sort((a, b) => a - b);
  return { scale, tutors: tutors.length, smes: smes.length, buildMs, queries: QUERIES, medianMs: times[Math.floor(QUERIES / 2)], p99Ms: times[Math.floor(QUERIES * 0.99)], slowestMs: times[QUERIES - 1] };
}

export const CANDIDATES_NOTE = `Candidates: the ${LIMIT} cheapest feasible tutors of ${QUERIES} randomly drawn SMEs each, every tutor with a seat in the pool, timed one by one after ${WARM_UP_QUERIES} warm-up queries.`;

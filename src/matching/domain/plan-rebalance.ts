import { buildInstance, type MatchingSolution } from '../solver/matching-instance.js';
import { solveMatching } from '../solver/solve-matching.js';
import { initialCandidates, type DrawsPerTier, type EdgeList } from './candidate-edges.js';
import { CheapestTutorFinder } from './cheapest-tutor.js';
import { EncodedProgram } from './encoded-program.js';
import { assertValidSettings, type MatchingSettings, type MatchSme, type MatchTutor, type PlanOptions, type RebalancePlan } from './matching-program.js';
import { pairCost } from './pair-cost.js';
import { assemblePlan, warmStartFor } from './plan-assembly.js';
import { RebalanceProblem } from './rebalance-problem.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

/**
 * Tutors drawn per tier for the first candidate set; pricing adds whatever they miss. Dense
 * draws save the province a pricing round; the budget keeps the national set to ~30M pairs.
 */
const CANDIDATES_PER_TIER: DrawsPerTier = { kept: 2, unpaired: 8, pairBudget: 4_000_000 };
/** Least-priced tutors each tier keeps when pricing adds pairs (255, the most its 8-bit count holds: a changed province then takes 3 rounds, not 4). */
const PRICING_DEPTH = 255;

/**
 * The optimal rebalance over all feasible pairs (MATCHING.md sections 2 and 3): solve on a
 * candidate set, price every feasible pair against the duals by tiers, add the pairs that
 * would gain, and re-solve from the last solution, until no pair gains.
 */
export function planRebalance(tutors: MatchTutor[], smes: MatchSme[], settings: MatchingSettings, options: PlanOptions = {}): RebalancePlan {
  assertValidSettings(settings);
  const problem = new RebalanceProblem(new EncodedProgram(tutors, smes, settings));
  const tiers = new TierIndex(problem.program);
  const lists = new TierLists(tiers);
  const edges = initialCandidates(problem, lists, CANDIDATES_PER_TIER);
  let solution = solveOn(problem, edges, options.warmStart && warmStartFor(problem, options.warmStart), options.onProgress);
  let rounds = 1;
  while (addGainingPairs(problem, lists, solution, edges) > 0) {
    solution = solveOn(problem, edges, solution);
    rounds++;
  }
  options.onProgress?.(100);
  return assemblePlan(problem, solution, rounds);
}

function solveOn(
  problem: RebalanceProblem,
  edges: EdgeList,
  warmStart?: Pick<MatchingSolution, 'tutorOfSme' | 'smePrice' | 'tutorPrice'>,
  onProgress?: (percent: number) => void,
): MatchingSolution {
  const waitCosts = Int32Array.from(problem.freeSmes, (s) => problem.program.smeWaitCost[s]);
  const instance = buildInstance(problem, waitCosts, edges.view());
  return solveMatching(instance, { warmStart, onProgress: onProgress && ((percent) => onProgress(Math.min(99, percent))) });
}

/** Adds, for every SME, the gaining pairs among its tiers' least-priced tutors; returns how many. */
function addGainingPairs(problem: RebalanceProblem, lists: TierLists, solution: MatchingSolution, edges: EdgeList): number {
  const { program, freeSmes, geography } = problem;
  const prices = tutorPricesForPricing(problem, solution.tutorPrice);
  const finder = new CheapestTutorFinder(lists, prices, PRICING_DEPTH);
  const before = edges.length;
  const addedFor = new Int32Array(program.tutorCount).fill(-1);
  freeSmes.forEach((s, lp) => {
    finder.forGainingTutors(s, solution.smePrice[lp], (t) => {
      if (addedFor[t] === lp) return;
      addedFor[t] = lp;
      edges.push(t, lp, pairCost(program, geography, t, s));
    });
  });
  return edges.length - before;
}

/** A tutor without a free slot can take no pair, so pricing passes over it. */
function tutorPricesForPricing(problem: RebalanceProblem, tutorPrice: Float64Array): Float64Array {
  return tutorPrice.map((price, t) => (problem.hasFreeSlot(t) ? price : Infinity));
}

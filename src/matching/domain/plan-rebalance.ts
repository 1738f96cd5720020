import { solveNetwork } from '../solver/solve-network.js';
import { EncodedProgram } from './encoded-program.js';
import { assertValidSettings, type MatchingSettings, type MatchSme, type MatchTutor, type PlanOptions, type RebalancePlan } from './matching-program.js';
import { assignmentOf, networkWarmStart } from './network-assignment.js';
import { assemblePlan } from './plan-assembly.js';
import { RebalanceNetwork } from './rebalance-network.js';
import { RebalanceProblem } from './rebalance-problem.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

/**
 * The optimal rebalance over all feasible pairs (MATCHING.md sections 2 and 3), solved once
 * on the exact network of SME kinds, tiers and tutors; a previous plan warm-starts it.
 */
export function planRebalance(tutors: MatchTutor[], smes: MatchSme[], settings: MatchingSettings, options: PlanOptions = {}): RebalancePlan {
  assertValidSettings(settings);
  const problem = new RebalanceProblem(new EncodedProgram(tutors, smes, settings));
  const rebalance = new RebalanceNetwork(problem, new TierLists(new TierIndex(problem.program)));
  const { onProgress } = options;
  const solution = solveNetwork(rebalance.network, {
    warmStart: options.warmStart && networkWarmStart(rebalance, options.warmStart),
    onProgress: onProgress && ((percent) => onProgress(Math.min(99, percent))),
  });
  onProgress?.(100);
  return assemblePlan(problem, assignmentOf(rebalance, solution));
}

import type { MatchingSettings, MatchSme, MatchTutor, PlanOptions, RebalancePlan } from './matching-program.js';
import { RebalanceEngine } from './rebalance-engine.js';

/**
 * The optimal rebalance over all feasible pairs (docs/matching-model.md sections 2 and 3), solved once
 * on the exact network of SME kinds, tiers and tutors; a previous plan warm-starts it.
 */
export function planRebalance(tutors: MatchTutor[], smes: MatchSme[], settings: MatchingSettings, options: PlanOptions = {}): RebalancePlan {
  return new RebalanceEngine(settings).plan(tutors, smes, options);
}

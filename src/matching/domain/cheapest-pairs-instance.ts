import { buildInstance, type MatchingInstance } from '../solver/matching-instance.js';
import { EncodedProgram } from './encoded-program.js';
import type { MatchingSettings, MatchSme, MatchTutor } from './matching-program.js';
import { isFeasible, pairCost } from './pair-cost.js';
import { RebalanceProblem } from './rebalance-problem.js';

/**
 * A program as a generic instance, pruned to each free SME's `perSme` cheapest feasible tutors
 * with a free slot as its edges: not the rebalance's exact problem, but one of its size that an
 * LP solver can take, to compare solvers on.
 */
export function cheapestPairsInstance(tutors: MatchTutor[], smes: MatchSme[], settings: MatchingSettings, perSme: number): MatchingInstance {
  const problem = new RebalanceProblem(new EncodedProgram(tutors, smes, settings));
  const { program, freeSmes, geography } = problem;
  const edges = { tutor: [] as number[], sme: [] as number[], cost: [] as number[] };
  const costs = new Int32Array(program.tutorCount);
  freeSmes.forEach((s, member) => {
    const histogram = new Map<number, number>();
    for (let t = 0; t < program.tutorCount; t++) {
      costs[t] = problem.hasFreeSlot(t) && isFeasible(program, t, s) ? pairCost(program, geography, t, s) : Infinity;
      if (costs[t] !== Infinity) histogram.set(costs[t], (histogram.get(costs[t]) ?? 0) + 1);
    }
    let threshold = Infinity;
    let below = 0;
    for (const cost of [...histogram.keys()].sort((a, b) => a - b)) {
      if (below + histogram.get(cost)! >= perSme) {
        threshold = cost;
        break;
      }
      below += histogram.get(cost)!;
    }
    // Ties at the threshold are taken from a rotating start, so SMEs do not all share the same tutors.
    let atThreshold = perSme - below;
    const offset = (s * 7919) % program.tutorCount;
    for (let i = 0; i < program.tutorCount; i++) {
      const t = (offset + i) % program.tutorCount;
      if (costs[t] > threshold || (costs[t] === threshold && atThreshold-- <= 0)) continue;
      edges.tutor.push(t);
      edges.sme.push(member);
      edges.cost.push(costs[t]);
    }
  });
  return buildInstance(problem, Array.from(freeSmes, (s) => program.smeWaitCost[s]), edges);
}

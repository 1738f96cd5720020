import { AugmentingPaths } from './augmenting-paths.js';
import { buildNetwork, type FlowNetwork, UNLIMITED } from './flow-network.js';
import type { MatchingInstance, MatchingSolution, MatchingWarmStart } from './matching-instance.js';
import { solveNetwork } from './solve-network.js';

export interface SolveOptions {
  warmStart?: MatchingWarmStart;
}

/**
 * The generic problem of docs/matching-model.md section 1. From scratch, by successive
 * shortest paths on its own bipartite graph (AugmentingPaths): one search per SME costs what
 * it settles, however spread the costs, where a phase of the primal-dual engine costs a sweep
 * of the whole plateau and places few units once costs are spread. From a warm start, as a
 * network of one source per SME and one arc per edge, by the rebalance's primal-dual engine,
 * which keeps the previous prices and flows. Either way the prices are the LP duals of the
 * certificate.
 */
export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingSolution {
  const warm = options.warmStart;
  if (!warm) return new AugmentingPaths(instance).solve();
  const { smeCount, edgeTutor } = instance;
  const { network, tail } = matchingNetwork(instance);
  const solution = solveNetwork(network, {
    warmStart: {
      tutorDual: warm.tutorPrice,
      arcFlow: Int32Array.from(edgeTutor, (t, e) => (warm.tutorOfSme[tail[e]] === t ? 1 : 0)),
      waitFlow: Int32Array.from(warm.tutorOfSme, (t) => (t < 0 ? 1 : 0)),
    },
  });
  const tutorOfSme = new Int32Array(smeCount).fill(-1);
  for (let e = 0; e < edgeTutor.length; e++) if (solution.flow[e] > 0) tutorOfSme[tail[e]] = edgeTutor[e];
  return { objective: solution.objective, tutorOfSme, smePrice: solution.sourceDual, tutorPrice: solution.tutorDual };
}

/** The instance as a transport network: one source of one unit per SME, and arc e for edge e (edges are grouped by SME already). */
export function matchingNetwork(instance: MatchingInstance): { network: FlowNetwork; tail: Int32Array } {
  const { smeCount, edgeStart, edgeTutor, edgeCost } = instance;
  const tail = new Int32Array(edgeTutor.length);
  for (let s = 0; s < smeCount; s++) tail.fill(s, edgeStart[s], edgeStart[s + 1]);
  const network = buildNetwork(
    { supply: new Int32Array(smeCount).fill(1), waitCost: instance.unassignedCost, hubCount: 0, slotStart: instance.slotStart, slotCost: instance.slotCost },
    (emit) => {
      for (let e = 0; e < edgeTutor.length; e++) emit(tail[e], smeCount + edgeTutor[e], edgeCost[e], UNLIMITED);
    },
  );
  return { network, tail };
}

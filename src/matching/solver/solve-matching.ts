import { buildNetwork, UNLIMITED } from './flow-network.js';
import type { MatchingInstance, MatchingSolution, MatchingWarmStart } from './matching-instance.js';
import { solveNetwork } from './solve-network.js';

export interface SolveOptions {
  warmStart?: MatchingWarmStart;
  onProgress?: (percent: number) => void;
}

/**
 * The generic problem of docs/matching-model.md section 1 as a network: every SME a source of one unit,
 * every edge an arc straight to its tutor, no hubs. Solved by the same primal-dual engine as
 * the rebalance, so its prices are the LP duals of the certificate.
 */
export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingSolution {
  const { smeCount, edgeStart, edgeTutor, edgeCost } = instance;
  const edgeCount = edgeTutor.length;
  const tail = new Int32Array(edgeCount);
  for (let s = 0; s < smeCount; s++) tail.fill(s, edgeStart[s], edgeStart[s + 1]);
  // Edges are grouped by SME already, so arc e of the network is edge e.
  const network = buildNetwork(
    { supply: new Int32Array(smeCount).fill(1), waitCost: instance.unassignedCost, hubCount: 0, slotStart: instance.slotStart, slotCost: instance.slotCost },
    (emit) => {
      for (let e = 0; e < edgeCount; e++) emit(tail[e], smeCount + edgeTutor[e], edgeCost[e], UNLIMITED);
    },
  );
  const warm = options.warmStart;
  const solution = solveNetwork(network, {
    onProgress: options.onProgress,
    warmStart: warm && {
      tutorDual: warm.tutorPrice,
      arcFlow: Int32Array.from(edgeTutor, (t, e) => (warm.tutorOfSme[tail[e]] === t ? 1 : 0)),
      waitFlow: Int32Array.from(warm.tutorOfSme, (t) => (t < 0 ? 1 : 0)),
    },
  });
  const tutorOfSme = new Int32Array(smeCount).fill(-1);
  for (let e = 0; e < edgeCount; e++) if (solution.flow[e] > 0) tutorOfSme[tail[e]] = edgeTutor[e];
  return { objective: solution.objective, tutorOfSme, smePrice: solution.sourceDual, tutorPrice: solution.tutorDual };
}

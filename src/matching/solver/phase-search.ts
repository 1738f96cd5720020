import type { SearchWorkspace } from './search-workspace.js';
import type { ResidualNetwork } from './residual-network.js';

/** Reduced cost of ending a path at node v: Infinity where a path cannot end. */
export type TargetCost = (v: number) => number;

/**
 * One primal-dual step: Dijkstra on reduced costs from all the start nodes at once finds the
 * distance D of the nearest target, then every node settled nearer than D lowers its
 * potential by the difference. Reduced costs stay non-negative and every shortest path to a
 * target becomes tight, ready for the blocking flow. Returns D.
 */
export function tightenShortestPaths(net: ResidualNetwork, work: SearchWorkspace, starts: ArrayLike<number>, bound: number, target: TargetCost): number {
  let best = bound;
  work.begin(bound);
  for (let i = 0; i < starts.length; i++) work.offer(starts[i], 0);
  for (let v = work.nextBelow(best); v >= 0; v = work.nextBelow(best)) {
    const d = work.distance[v];
    const count = net.openArcs(v);
    for (let i = 0; i < count; i++) {
      const reach = d + net.openCost[i];
      if (reach >= best) continue;
      const w = net.openHead[i];
      if (work.offer(w, reach)) best = Math.min(best, reach + target(w));
    }
  }
  for (let k = 0; k < work.settledCount; k++) {
    const v = work.settled[k];
    if (work.distance[v] < best) net.potential[v] -= best - work.distance[v];
  }
  return best;
}

import type { SearchWorkspace } from './search-workspace.js';
import type { ResidualNetwork } from './residual-network.js';
import type { SearchDirection } from './search-direction.js';

/** Reduced cost of ending a path at node v: Infinity where a path cannot end. */
export type TargetCost = (v: number) => number;

/**
 * One primal-dual step: Dijkstra on reduced costs from all the search's roots at once (the
 * starts, or the targets when searching backwards) finds the distance D between the nearest
 * start and target, then every node settled nearer than D moves its potential by the
 * difference (down forwards, up backwards). Reduced costs stay non-negative and every
 * shortest path from a start to a target becomes tight, ready for the blocking flow. `ends`
 * are the roots' far ends: the targets' exit costs forwards, the reduced cost of the start's
 * arc into a node backwards. Returns D; the node at the far end of one shortest path (the
 * target forwards, the node the start's arc enters backwards) is left in work.nearestEnd, -1
 * when the bound was not beaten, and each node's arc towards the roots in work.via.
 */
export function tightenShortestPaths(
  net: ResidualNetwork,
  work: SearchWorkspace,
  roots: ArrayLike<number>,
  bound: number,
  ends: TargetCost,
  direction: SearchDirection = 'forwards',
): number {
  const backwards = direction === 'backwards';
  let best = bound;
  work.nearestEnd = -1;
  const reached = (w: number, distance: number) => {
    const through = distance + ends(w);
    if (through >= best) return;
    best = through;
    work.nearestEnd = w;
  };
  work.begin(bound);
  for (let i = 0; i < roots.length; i++) if (work.offer(roots[i], 0)) reached(roots[i], 0);
  for (let v = work.nextBelow(best); v >= 0; v = work.nextBelow(best)) {
    const d = work.distance[v];
    const count = backwards ? net.openArcsInto(v) : net.openArcs(v);
    for (let i = 0; i < count; i++) {
      const reach = d + net.openCost[i];
      if (reach >= best) continue;
      const w = net.openHead[i];
      if (work.offer(w, reach, net.openArc[i])) reached(w, reach);
    }
  }
  const sign = backwards ? 1 : -1;
  for (let k = 0; k < work.settledCount; k++) {
    const v = work.settled[k];
    if (work.distance[v] < best) net.potential[v] += sign * (best - work.distance[v]);
  }
  return best;
}

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

/**
 * The same step run backwards, for few targets and a start with many arcs (the sink, when
 * deficits are filled): Dijkstra on reduced costs over the residual arcs reversed, from every
 * target at once, until the start is D away (startCost(v): the reduced cost of the start's arc
 * into v); every node settled nearer than D raises its potential by the difference. Reduced
 * costs stay non-negative, as forwards, and the search spreads from the few nodes that need a
 * unit instead of from every arc of the start. Returns D.
 */
export function tightenShortestPathsInto(net: ResidualNetwork, work: SearchWorkspace, targets: ArrayLike<number>, bound: number, startCost: TargetCost): number {
  let best = bound;
  work.begin(bound);
  for (let i = 0; i < targets.length; i++) if (work.offer(targets[i], 0)) best = Math.min(best, startCost(targets[i]));
  for (let v = work.nextBelow(best); v >= 0; v = work.nextBelow(best)) {
    const d = work.distance[v];
    const count = net.openArcsInto(v);
    for (let i = 0; i < count; i++) {
      const reach = d + net.openCost[i];
      if (reach >= best) continue;
      const w = net.openHead[i];
      if (work.offer(w, reach)) best = Math.min(best, reach + startCost(w));
    }
  }
  for (let k = 0; k < work.settledCount; k++) {
    const v = work.settled[k];
    if (work.distance[v] < best) net.potential[v] += best - work.distance[v];
  }
  return best;
}

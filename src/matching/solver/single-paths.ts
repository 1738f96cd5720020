import { tightenShortestPaths, type TargetCost } from './phase-search.js';
import type { SearchDirection } from './search-direction.js';
import type { ResidualNetwork } from './residual-network.js';
import type { SearchWorkspace } from './search-workspace.js';

/**
 * A settle's last few units, placed one at a time (successive shortest paths). A phase costs
 * a marking of the live nodes of the whole plateau of ties (hundreds of milliseconds
 * nationally) however few units it places; one search from one unit costs only what that
 * search settles. Each search tightens the shortest path it finds (tightenShortestPaths), and
 * the unit moves along it: forwards from a source to its nearest way out, or, for a deficit,
 * backwards from the tutor to the sink's nearest arc and then from the sink along that path.
 */
export function placeOneByOne(net: ResidualNetwork, work: SearchWorkspace, roots: ArrayLike<number>, ends: TargetCost, direction: SearchDirection): void {
  const towardsRoot = direction === 'forwards' ? stepBack : stepOn;
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i];
    while (net.needsUnit(root, direction)) {
      tightenShortestPaths(net, work, [root], ends(root), ends, direction);
      const end = work.nearestEnd < 0 ? root : work.nearestEnd;
      for (let v = end; v !== root; v = towardsRoot(net, work.via[v])) net.pushArc(work.via[v]);
      net.completeMove(root, end, direction);
    }
  }
}

/** The node an arc (>= 0 forwards, ~arc backwards) leaves. */
function stepBack(net: ResidualNetwork, arc: number): number {
  return arc >= 0 ? net.network.arcTail[arc] : net.network.arcHead[~arc];
}

/** The node an arc (>= 0 forwards, ~arc backwards) enters. */
function stepOn(net: ResidualNetwork, arc: number): number {
  return arc >= 0 ? net.network.arcHead[arc] : net.network.arcTail[~arc];
}

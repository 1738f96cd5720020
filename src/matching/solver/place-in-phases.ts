import { AdmissiblePaths } from './admissible-paths.js';
import type { FlowState } from './flow-state.js';
import { NONE } from './flow-state.js';
import { searchForward } from './forward-search.js';
import type { SearchWorkspace } from './search-workspace.js';
import { shiftSettledPrices } from './shift-prices.js';

/**
 * Places every free SME by phases of the primal-dual method. One Dijkstra from all free SMEs
 * at once finds the distance D of the nearest way out, and nodes nearer than D raise their
 * prices so that every shortest path becomes tight; then as many disjoint tight paths as a
 * depth-first pass finds are augmented together. The domain's wide ties make one search
 * serve thousands of SMEs, where one search per SME would sweep the same tie again each time.
 */
export function placeInPhases(state: FlowState, work: SearchWorkspace, onPlaced: (placed: number) => void): void {
  const { smeCount, unassignedCost } = state.instance;
  const paths = new AdmissiblePaths(state);
  let free = Int32Array.from({ length: smeCount }, (_, s) => s).filter((s) => state.isFree(s));
  const total = free.length;
  while (free.length > 0) {
    let bound = Infinity;
    for (const s of free) bound = Math.min(bound, unassignedCost[s] - state.smePrice[s]);
    work.begin(bound);
    for (const s of free) work.offer(s, 0, NONE, NONE);
    const nearest = searchForward(state, work, bound);
    shiftSettledPrices(state, work, nearest, 1);
    paths.beginPhase();
    while (paths.augmentFrom(free) > 0);
    free = free.filter((s) => state.isFree(s));
    onPlaced(total - free.length);
  }
}

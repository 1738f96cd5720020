import type { FlowState } from './flow-state.js';
import type { SearchWorkspace } from './search-workspace.js';

/**
 * After a search that found its best path at distance `best`, every node it settled nearer
 * than that moves its price by the difference (up for a forward search, down for a backward
 * one), which keeps all reduced costs non-negative and makes the path's arcs tight.
 */
export function shiftSettledPrices(state: FlowState, work: SearchWorkspace, best: number, direction: 1 | -1): void {
  const smeCount = state.instance.smeCount;
  for (let i = 0; i < work.settledCount; i++) {
    const v = work.settled[i];
    const shift = best - work.distance[v];
    if (shift <= 0) continue;
    if (v < smeCount) state.smePrice[v] += direction * shift;
    else state.tutorPrice[v - smeCount] += direction * shift;
  }
}

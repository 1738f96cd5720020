import type { FlowState } from './flow-state.js';
import { NONE } from './flow-state.js';
import type { SearchWorkspace } from './search-workspace.js';

/**
 * Dijkstra on reduced costs from the sources already offered to `work`, towards the cheapest
 * way out: a tutor's next slot, a deficit tutor, or a placed SME that waits instead. Returns
 * the distance of that way out; the nodes nearer than it are the workspace's settled ones.
 */
export function searchForward(state: FlowState, work: SearchWorkspace, bound: number): number {
  const { smeCount, edgeStart, edgeTutor, edgeCost, slotStart, slotCost, unassignedCost } = state.instance;
  const { smePrice, tutorPrice, load, slotFlow, members, matchedEdge } = state;
  let best = bound;
  // Exits are priced when a node is reached, not when it is settled: the bound they give
  // prunes every offer that could not beat it, which is most of them once tutors fill up.
  for (let v = work.nextBelow(best); v !== NONE; v = work.nextBelow(best)) {
    const d = work.distance[v];
    if (v < smeCount) {
      const base = d - smePrice[v];
      for (let e = edgeStart[v]; e < edgeStart[v + 1]; e++) {
        const t = edgeTutor[e];
        const reach = base + edgeCost[e] + tutorPrice[t];
        if (reach >= best || e === matchedEdge[v] || slotStart[t + 1] === slotStart[t]) continue;
        if (!work.offer(smeCount + t, reach, v, e)) continue;
        const exit = slotFlow[t] > load[t] ? reach : slotStart[t] + load[t] < slotStart[t + 1] ? reach + slotCost[slotStart[t] + load[t]] - tutorPrice[t] : Infinity;
        best = Math.min(best, exit);
      }
    } else {
      const t = v - smeCount;
      for (let at = slotStart[t]; at < slotStart[t] + load[t]; at++) {
        const s = members[at];
        const reach = d + smePrice[s] - edgeCost[matchedEdge[s]] - tutorPrice[t];
        if (reach >= best || !work.offer(s, reach, v, matchedEdge[s])) continue;
        best = Math.min(best, reach + unassignedCost[s] - smePrice[s]);
      }
    }
  }
  return best;
}

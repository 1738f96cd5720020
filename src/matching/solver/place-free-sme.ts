import type { FlowState } from './flow-state.js';
import { NONE } from './flow-state.js';
import type { SearchWorkspace } from './search-workspace.js';
import { shiftSettledPrices } from './shift-prices.js';

/**
 * Routes a free SME along a shortest augmenting path (Dijkstra on reduced costs) to its
 * cheapest way out: a tutor's next slot, a deficit tutor, or some SME on the path waiting.
 * Settled nodes then raise their prices, so every residual arc keeps a non-negative reduced cost.
 */
export function placeFreeSme(state: FlowState, work: SearchWorkspace, source: number): void {
  const { smeCount, edgeStart, edgeTutor, edgeCost, slotStart, slotCost, unassignedCost } = state.instance;
  const { smePrice, tutorPrice, load, slotFlow, members, matchedEdge } = state;
  smePrice[source] = state.openingPrice(source);
  let best = unassignedCost[source] - smePrice[source];
  work.begin(best);
  work.offer(source, 0, NONE, NONE);
  let end = source;
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
        if (exit < best) {
          best = exit;
          end = smeCount + t;
        }
      }
    } else {
      const t = v - smeCount;
      for (let at = slotStart[t]; at < slotStart[t] + load[t]; at++) {
        const s = members[at];
        const reach = d + smePrice[s] - edgeCost[matchedEdge[s]] - tutorPrice[t];
        if (reach >= best || !work.offer(s, reach, v, matchedEdge[s])) continue;
        if (reach + unassignedCost[s] - smePrice[s] < best) {
          best = reach + unassignedCost[s] - smePrice[s];
          end = s;
        }
      }
    }
  }
  shiftSettledPrices(state, work, best, 1);
  augmentTo(state, work, end);
}

function augmentTo(state: FlowState, work: SearchWorkspace, end: number): void {
  const smeCount = state.instance.smeCount;
  let tutor: number;
  if (end < smeCount) {
    tutor = state.tutorOf(end);
    state.detach(end);
    state.waiting[end] = 1;
  } else {
    tutor = end - smeCount;
    if (!state.isDeficit(tutor)) state.slotFlow[tutor]++;
  }
  // Walk back from the exit: each SME on the path moves onto the tutor ahead of it.
  while (tutor !== NONE) {
    const mover = work.viaNode[smeCount + tutor];
    const previous = state.tutorOf(mover);
    state.detach(mover);
    state.attach(mover, work.viaEdge[smeCount + tutor]);
    tutor = previous;
  }
}

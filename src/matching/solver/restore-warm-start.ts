import type { FlowState } from './flow-state.js';
import type { MatchingWarmStart } from './matching-instance.js';

/**
 * Rebuilds a pseudo-flow from a previous solution on a changed instance. Whatever the change
 * broke is undone locally: a pair whose edge is gone or whose reduced costs no longer hold
 * frees its SME, and its tutor keeps paying for the slot as a deficit. Prices are kept, so
 * the searches afterwards only repair the neighbourhood of the change.
 */
export function restoreWarmStart(state: FlowState, warm: MatchingWarmStart): void {
  const { smeCount, tutorCount } = state.instance;
  state.smePrice.set(warm.smePrice);
  state.tutorPrice.set(warm.tutorPrice);
  for (let s = 0; s < smeCount; s++) {
    const e = edgeTo(state, s, warm.tutorOfSme[s]);
    if (e >= 0 && state.load[state.instance.edgeTutor[e]] < state.capacity(state.instance.edgeTutor[e])) state.attach(s, e);
  }
  for (let t = 0; t < tutorCount; t++) settleSlotFlow(state, t);
  for (let s = 0; s < smeCount; s++) {
    if (state.matchedEdge[s] >= 0 && !keepsReducedCosts(state, s)) state.detach(s);
  }
}

function edgeTo(state: FlowState, s: number, tutor: number): number {
  const { edgeStart, edgeTutor } = state.instance;
  if (tutor < 0) return -1;
  for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) if (edgeTutor[e] === tutor) return e;
  return -1;
}

/** Pays for exactly the slots the tutor's price calls for, freeing SMEs beyond them. */
function settleSlotFlow(state: FlowState, t: number): void {
  const { slotStart, slotCost } = state.instance;
  const price = state.tutorPrice[t];
  let cheaper = 0;
  let notDearer = 0;
  for (let k = slotStart[t]; k < slotStart[t + 1]; k++) {
    if (slotCost[k] < price) cheaper++;
    if (slotCost[k] <= price) notDearer++;
  }
  while (state.load[t] > notDearer) state.detach(state.members[slotStart[t] + state.load[t] - 1]);
  state.slotFlow[t] = Math.max(state.load[t], cheaper);
}

function keepsReducedCosts(state: FlowState, s: number): boolean {
  const { edgeStart, edgeTutor, edgeCost, unassignedCost } = state.instance;
  const price = state.smePrice[s];
  if (price > unassignedCost[s]) return false;
  for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
    const t = edgeTutor[e];
    if (state.capacity(t) === 0) continue;
    const reduced = edgeCost[e] - price + state.tutorPrice[t];
    if (e === state.matchedEdge[s] ? reduced > 0 : reduced < 0) return false;
  }
  return true;
}

import type { FlowState } from './flow-state.js';
import type { MatchingWarmStart } from './matching-instance.js';

/**
 * Rebuilds a pseudo-flow from a previous solution on a changed instance. Whatever the change
 * broke is undone locally: a pair whose edge is gone or whose reduced costs no longer hold
 * frees its SME, and its tutor keeps paying for the slot as a deficit; an SME that waited at
 * its unassigned cost waits on. Prices are kept, so the searches afterwards only repair the
 * neighbourhood of the change.
 */
export function restoreWarmStart(state: FlowState, warm: MatchingWarmStart): void {
  const { smeCount, tutorCount, edgeTutor, edgeCost, unassignedCost } = state.instance;
  state.smePrice.set(warm.smePrice);
  state.tutorPrice.set(warm.tutorPrice);
  for (let s = 0; s < smeCount; s++) {
    const e = edgeTo(state, s, warm.tutorOfSme[s]);
    if (e < 0) continue;
    const t = edgeTutor[e];
    if (state.load[t] >= state.capacity(t)) continue;
    state.attach(s, e);
    // A pair that got cheaper (say, by the stay bonus) stays tight when its SME's price drops with it.
    state.smePrice[s] = Math.min(state.smePrice[s], edgeCost[e] + state.tutorPrice[t]);
  }
  for (let t = 0; t < tutorCount; t++) settleSlotFlow(state, t);
  for (let s = 0; s < smeCount; s++) {
    if (state.matchedEdge[s] >= 0 && !keepsReducedCosts(state, s)) state.detach(s);
    else if (warm.tutorOfSme[s] < 0 && state.smePrice[s] === unassignedCost[s] && keepsReducedCosts(state, s)) state.waiting[s] = 1;
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

import type { FlowState } from './flow-state.js';
import { NONE } from './flow-state.js';
import type { SearchWorkspace } from './search-workspace.js';
import { shiftSettledPrices } from './shift-prices.js';

/**
 * Resolves one unit of a deficit tutor (it pays for a slot no SME fills) by a shortest path
 * searched backwards, on arcs into each node: some free or waiting SME moves in along a chain,
 * or a tutor on the chain gives up its last slot. Searching backwards never has to scan the
 * arcs of the shared sink, which touch every SME and tutor.
 */
export function fillDeficit(state: FlowState, work: SearchWorkspace, deficitTutor: number): void {
  const { smeCount, edgeTutor, edgeCost, slotStart, slotCost, unassignedCost } = state.instance;
  const { smePrice, tutorPrice, slotFlow, matchedEdge, waiting } = state;
  const into = state.edgesIntoTutors();
  let best = tutorPrice[deficitTutor] - slotCost[slotStart[deficitTutor] + slotFlow[deficitTutor] - 1];
  work.begin(best);
  work.offer(smeCount + deficitTutor, 0, NONE, NONE);
  let start = smeCount + deficitTutor;
  // As in searchForward, entries are priced on reach so the bound prunes early.
  for (let v = work.nextBelow(best); v !== NONE; v = work.nextBelow(best)) {
    const d = work.distance[v];
    if (v >= smeCount) {
      const t = v - smeCount;
      for (let at = into.start[t]; at < into.start[t + 1]; at++) {
        const e = into.edge[at];
        const s = into.sme[at];
        const reach = d + edgeCost[e] - smePrice[s] + tutorPrice[t];
        if (reach >= best || matchedEdge[s] === e || !work.offer(s, reach, v, e)) continue;
        const enter = waiting[s] === 1 ? reach + smePrice[s] - unassignedCost[s] : state.isFree(s) ? reach : Infinity;
        if (enter < best) {
          best = enter;
          start = s;
        }
      }
    } else if (!state.isFree(v) && waiting[v] === 0) {
      const e = matchedEdge[v];
      const t = edgeTutor[e];
      const reach = d + smePrice[v] - edgeCost[e] - tutorPrice[t];
      if (reach >= best || !work.offer(smeCount + t, reach, v, e)) continue;
      const dropSlot = reach + tutorPrice[t] - slotCost[slotStart[t] + slotFlow[t] - 1];
      if (slotFlow[t] > 0 && dropSlot < best) {
        best = dropSlot;
        start = smeCount + t;
      }
    }
  }
  shiftSettledPrices(state, work, best, -1);
  augmentFrom(state, work, start, deficitTutor);
}

function augmentFrom(state: FlowState, work: SearchWorkspace, start: number, deficitTutor: number): void {
  const smeCount = state.instance.smeCount;
  let mover: number;
  if (start >= smeCount) {
    const t = start - smeCount;
    state.slotFlow[t]--;
    if (t === deficitTutor) return;
    mover = work.viaNode[start];
    state.detach(mover);
  } else {
    mover = start;
    state.waiting[mover] = 0;
  }
  // Walk forward to the deficit tutor: each tutor on the way lets one SME go before taking the mover.
  for (;;) {
    const e = work.viaEdge[mover];
    const t = state.instance.edgeTutor[e];
    const next = t === deficitTutor ? NONE : work.viaNode[smeCount + t];
    if (next !== NONE) state.detach(next);
    state.attach(mover, e);
    if (next === NONE) return;
    mover = next;
  }
}

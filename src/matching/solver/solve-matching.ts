import { fillDeficit } from './fill-deficit.js';
import { FlowState } from './flow-state.js';
import type { MatchingInstance, MatchingSolution, MatchingWarmStart } from './matching-instance.js';
import { placeInPhases } from './place-in-phases.js';
import { restoreWarmStart } from './restore-warm-start.js';
import { SearchWorkspace } from './search-workspace.js';

export interface SolveOptions {
  warmStart?: MatchingWarmStart;
  onProgress?: (percent: number) => void;
}

/**
 * Exact minimum-cost b-matching by successive shortest paths with node prices, augmented in
 * phases (see placeInPhases), so the prices are the LP duals at the end.
 */
export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingSolution {
  const { smeCount, tutorCount } = instance;
  const state = new FlowState(instance);
  if (options.warmStart) restoreWarmStart(state, options.warmStart);
  for (let s = 0; s < smeCount; s++) if (state.isFree(s)) state.smePrice[s] = state.openingPrice(s);
  const work = new SearchWorkspace(smeCount + tutorCount);
  for (let t = 0; t < tutorCount; t++) while (state.isDeficit(t)) fillDeficit(state, work, t);
  placeInPhases(state, work, progressReporter(smeCount, options.onProgress));
  tightenSmePrices(state);
  priceSlotlessTutors(state);
  const tutorOfSme = new Int32Array(smeCount);
  for (let s = 0; s < smeCount; s++) tutorOfSme[s] = state.tutorOf(s);
  return { objective: objectiveOf(state), tutorOfSme, smePrice: state.smePrice, tutorPrice: state.tutorPrice };
}

function progressReporter(total: number, onProgress?: (percent: number) => void): (done: number) => void {
  if (!onProgress || total === 0) return () => {};
  const step = Math.max(1, Math.floor(total / 100));
  return (done) => {
    if ((done + 1) % step === 0 || done + 1 === total) onProgress(Math.floor(((done + 1) * 100) / total));
  };
}

/**
 * The searches allow a saturated pair or waiting option a price beyond its cost (its capacity
 * of one is what holds it); lowering the SME's price to that cost keeps every other arc valid
 * and yields duals of the LP without capacity rows, the certificate's form.
 */
function tightenSmePrices(state: FlowState): void {
  const { smeCount, edgeTutor, edgeCost, unassignedCost } = state.instance;
  for (let s = 0; s < smeCount; s++) {
    const e = state.matchedEdge[s];
    state.smePrice[s] = e >= 0 ? edgeCost[e] + state.tutorPrice[edgeTutor[e]] : unassignedCost[s];
  }
}

/** A tutor without slots takes no SME whatever its price, so any price that covers its edges is a dual. */
function priceSlotlessTutors(state: FlowState): void {
  const { smeCount, edgeStart, edgeTutor, edgeCost } = state.instance;
  const slotless = (t: number) => state.capacity(t) === 0;
  if (!state.tutorPrice.some((_, t) => slotless(t))) return;
  state.tutorPrice.forEach((_, t) => {
    if (slotless(t)) state.tutorPrice[t] = -Infinity;
  });
  for (let s = 0; s < smeCount; s++) {
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      const t = edgeTutor[e];
      if (slotless(t)) state.tutorPrice[t] = Math.max(state.tutorPrice[t], state.smePrice[s] - edgeCost[e]);
    }
  }
  state.tutorPrice.forEach((price, t) => {
    if (price === -Infinity) state.tutorPrice[t] = 0;
  });
}

function objectiveOf(state: FlowState): number {
  const { smeCount, tutorCount, edgeCost, unassignedCost, slotStart, slotCost } = state.instance;
  let total = 0;
  for (let s = 0; s < smeCount; s++) {
    total += state.matchedEdge[s] >= 0 ? edgeCost[state.matchedEdge[s]] : unassignedCost[s];
  }
  for (let t = 0; t < tutorCount; t++) {
    for (let k = 0; k < state.load[t]; k++) total += slotCost[slotStart[t] + k];
  }
  return total;
}

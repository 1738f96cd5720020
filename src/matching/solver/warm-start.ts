import type { ResidualNetwork } from './residual-network.js';

/** A previous solution mapped onto this network: tutors' duals (NaN where unknown) and the units to keep. */
export interface NetworkWarmStart {
  readonly tutorDual: Float64Array;
  /** Units on arcs from a source straight to a tutor (others are ignored). */
  readonly arcFlow: Int32Array;
  readonly waitFlow: Int32Array;
}

/**
 * Opening potentials: tutors from the warm start's duals (or their first slot), then hubs and
 * sources as high as their arcs allow, in an order where every head is done first. Kept units
 * whose arcs are no longer tight go back to their sources; their tutors keep paying for the
 * slots, as deficits, so no tutor's potential moves and nothing else comes undone. Last, after
 * a warm start, every tutor's price rises as far as its arcs allow (ResidualNetwork.raisePrice;
 * a cold start's tutors sit at their first slot's cost, where it changes nothing).
 */
export function openPotentials(net: ResidualNetwork, warm?: NetworkWarmStart): void {
  const { network, potential, tutorBase } = net;
  if (warm) restoreUnits(net, warm);
  let lowest = 0;
  for (let t = 0; t < network.tutorCount; t++) {
    const dual = warm?.tutorDual[t];
    let price = dual !== undefined && Number.isFinite(dual) ? dual : net.capacity(t) > 0 ? network.slotCost[network.slotStart[t]] : 0;
    const load = net.load[t];
    if (load > 0) price = Math.max(price, network.slotCost[network.slotStart[t] + load - 1]);
    let cheaper = 0;
    for (let k = network.slotStart[t]; k < network.slotStart[t + 1]; k++) if (network.slotCost[k] < price) cheaper++;
    net.paid[t] = Math.max(load, cheaper);
    potential[tutorBase + t] = -price;
    lowest = Math.min(lowest, -price);
  }
  // Hubs point only to tutors and lower hubs, so hubs in rising order and then sources do every head first.
  for (let hub = network.sourceCount; hub < tutorBase; hub++) potential[hub] = highestAllowed(net, hub, lowest);
  for (let s = 0; s < network.sourceCount; s++) {
    potential[s] = highestAllowed(net, s, -network.waitCost[s]);
    releaseLooseUnits(net, s);
  }
  if (warm) for (let t = 0; t < network.tutorCount; t++) net.raisePrice(tutorBase + t);
}

/** The highest potential of v, at least `floor`, that leaves every arc out of v with room a non-negative reduced cost. */
function highestAllowed(net: ResidualNetwork, v: number, floor: number): number {
  const { network, potential } = net;
  let high = floor;
  for (let a = network.outStart[v]; a < network.outStart[v + 1]; a++) {
    if (net.flow[a] < network.arcCapacity[a]) high = Math.max(high, potential[network.arcHead[a]] - network.arcCost[a]);
  }
  return high;
}

function restoreUnits(net: ResidualNetwork, warm: NetworkWarmStart): void {
  const { network } = net;
  for (let a = 0; a < network.arcHead.length; a++) {
    const t = network.arcHead[a] - net.tutorBase;
    if (warm.arcFlow[a] <= 0 || t < 0 || network.arcTail[a] >= network.sourceCount) continue;
    const units = Math.min(warm.arcFlow[a], network.arcCapacity[a], net.excess[network.arcTail[a]], net.capacity(t) - net.load[t]);
    if (units <= 0) continue;
    net.flow[a] = units;
    net.load[t] += units;
    net.excess[network.arcTail[a]] -= units;
  }
  for (let s = 0; s < network.sourceCount; s++) {
    net.waitFlow[s] = Math.min(warm.waitFlow[s], net.excess[s]);
    net.excess[s] -= net.waitFlow[s];
  }
}

/** Returns to source s every unit whose arc (or wait) is not tight at s's potential. */
function releaseLooseUnits(net: ResidualNetwork, s: number): void {
  const { network, potential } = net;
  for (let a = network.outStart[s]; a < network.outStart[s + 1]; a++) {
    const units = net.flow[a];
    if (units === 0 || potential[s] <= potential[network.arcHead[a]] - network.arcCost[a]) continue;
    net.flow[a] = 0;
    net.load[network.arcHead[a] - net.tutorBase] -= units;
    net.excess[s] += units;
  }
  if (net.waitFlow[s] > 0 && potential[s] > -network.waitCost[s]) {
    net.excess[s] += net.waitFlow[s];
    net.waitFlow[s] = 0;
  }
}

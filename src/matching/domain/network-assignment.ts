import type { MatchingSolution } from '../solver/matching-instance.js';
import type { FlowNetwork } from '../solver/flow-network.js';
import type { NetworkSolution } from '../solver/solve-network.js';
import type { NetworkWarmStart } from '../solver/warm-start.js';
import type { WarmStart } from './matching-program.js';
import type { RebalanceNetwork } from './rebalance-network.js';

/**
 * What a RebalanceEngine's edits changed in a network's SMEs since it was built: free SMEs
 * that left, and SMEs added to sources, numbered on from problem.freeSmes.length.
 */
export interface MemberEdits {
  /** 1 for each free SME (by index into problem.freeSmes) that has left. */
  readonly gone: Uint8Array;
  /** Source i's added SMEs are added[addedStart[i] .. addedStart[i+1]). */
  readonly addedStart: Int32Array;
  readonly added: Int32Array;
}

/** The network's flow as one tutor (or none) per free SME, added ones last, with every SME's price (assignmentTutors, smePrices). */
export function assignmentOf(rebalance: RebalanceNetwork, solution: NetworkSolution, edits?: MemberEdits): MatchingSolution {
  return withPrices(rebalance, solution, assignmentTutors(rebalance, solution, edits), edits);
}

/** A solution's assignment with its SMEs' and tutors' prices, once the tutors are known (assignmentTutors). */
export function withPrices(rebalance: RebalanceNetwork, solution: NetworkSolution, tutorOfSme: Int32Array, edits?: MemberEdits): MatchingSolution {
  return { objective: solution.objective, tutorOfSme, smePrice: smePrices(rebalance, solution, edits), tutorPrice: solution.tutorDual };
}

/**
 * One tutor (or none, -1) per free SME, added ones last. Kept arcs place the SMEs they keep;
 * each unit that crosses a tier goes from the next unplaced SME of its source (its added SMEs
 * after the others) to the tutor the hubs hand it to; what is left of a source waits. SMEs
 * that left keep no tutor.
 */
export function assignmentTutors(rebalance: RebalanceNetwork, solution: NetworkSolution, edits?: MemberEdits): Int32Array {
  const { network, members, memberStart } = rebalance;
  const tutorBase = network.sourceCount + network.hubCount;
  const { added, addedStart, isGone } = editsOf(rebalance, edits);
  const tutorOfSme = new Int32Array(rebalance.problem.freeSmes.length + added.length).fill(-1);
  forEachKeptPair(rebalance, (k, a, t) => {
    let placed = 0;
    for (let at = rebalance.keptStart[k]; at < rebalance.keptStart[k + 1]; at++) {
      const member = rebalance.keptMembers[at];
      if (!isGone(member) && placed++ < solution.flow[a]) tutorOfSme[member] = t;
    }
  });
  const nextMember = memberStart.slice(0, network.sourceCount);
  const nextAdded = addedStart.slice(0, network.sourceCount);
  const takeMember = (source: number): number => {
    for (; nextMember[source] < memberStart[source + 1]; nextMember[source]++) {
      const member = members[nextMember[source]];
      if (tutorOfSme[member] < 0 && !isGone(member)) return members[nextMember[source]++];
    }
    return added[nextAdded[source]++];
  };
  forEachUnitThroughHubs(network, solution.flow, (source, t) => (tutorOfSme[takeMember(source)] = t - tutorBase));
  return tutorOfSme;
}

/**
 * Each free SME's price, added ones last: its source's, but a kept SME's is capped by its kept
 * pair, which may be worth more to it than to the rest.
 */
function smePrices(rebalance: RebalanceNetwork, solution: NetworkSolution, edits?: MemberEdits): Float64Array {
  const { network } = rebalance;
  const freeCount = rebalance.problem.freeSmes.length;
  const { added, addedStart, isGone } = editsOf(rebalance, edits);
  const smePrice = new Float64Array(freeCount + added.length);
  for (let member = 0; member < freeCount; member++) smePrice[member] = solution.sourceDual[rebalance.sourceOfMember(member)];
  for (let source = 0; source < network.sourceCount; source++) {
    for (let at = addedStart[source]; at < addedStart[source + 1]; at++) smePrice[added[at]] = solution.sourceDual[source];
  }
  forEachKeptPair(rebalance, (k, a, t) => {
    for (let at = rebalance.keptStart[k]; at < rebalance.keptStart[k + 1]; at++) {
      const member = rebalance.keptMembers[at];
      if (!isGone(member)) smePrice[member] = Math.min(smePrice[member], network.arcCost[a] + solution.tutorDual[t]);
    }
  });
  return smePrice;
}

/** The edits' added SMEs by source and which free SMEs are gone; none of either without edits. */
function editsOf(rebalance: RebalanceNetwork, edits?: MemberEdits) {
  const freeCount = rebalance.problem.freeSmes.length;
  return {
    added: edits?.added ?? new Int32Array(0),
    addedStart: edits?.addedStart ?? new Int32Array(rebalance.network.sourceCount + 1),
    isGone: (member: number) => edits !== undefined && member < freeCount && edits.gone[member] === 1,
  };
}

/** Visits each kept pair k with its arc and tutor, but those whose tutor has left (RebalanceEngine), which keep and price no one. */
function forEachKeptPair(rebalance: RebalanceNetwork, visit: (k: number, a: number, t: number) => void): void {
  const { network } = rebalance;
  const tutorBase = network.sourceCount + network.hubCount;
  for (let k = 0; k < rebalance.keptCount; k++) {
    const a = rebalance.keptArc[k];
    if (network.arcCapacity[a] > 0) visit(k, a, network.arcHead[a] - tutorBase);
  }
}

/**
 * Follows every unit that enters the hubs from a source down to its tutor: hubs are taken from
 * the highest index down (arcs only go to lower hubs), each passing on the sources of the
 * units it received, first come first served.
 */
function forEachUnitThroughHubs(network: FlowNetwork, flow: Int32Array, visit: (source: number, tutor: number) => void): void {
  const tutorBase = network.sourceCount + network.hubCount;
  // Listed only for the hubs that units pass through: after a small change, a few thousand of 190,000.
  const arrived = new Array<number[] | undefined>(network.hubCount);
  const arrive = (hub: number, source: number) => (arrived[hub] ??= []).push(source);
  for (let a = 0; a < network.outStart[network.sourceCount]; a++) {
    const hub = network.arcHead[a] - network.sourceCount;
    if (hub < network.hubCount) for (let unit = 0; unit < flow[a]; unit++) arrive(hub, network.arcTail[a]);
  }
  for (let hub = network.hubCount - 1; hub >= 0; hub--) {
    const units = arrived[hub];
    if (units === undefined) continue;
    let next = 0;
    const node = network.sourceCount + hub;
    for (let a = network.outStart[node]; a < network.outStart[node + 1]; a++) {
      for (let unit = 0; unit < flow[a]; unit++) {
        const head = network.arcHead[a];
        if (head >= tutorBase) visit(units[next++], head);
        else arrive(head - network.sourceCount, units[next++]);
      }
    }
    arrived[hub] = undefined;
  }
}

/**
 * The previous plan as a warm start: its tutors' prices by id, its kept pairs in place (the
 * SMEs' current tutors are its pairs once applied), and SMEs without a tutor waiting on.
 */
export function networkWarmStart(rebalance: RebalanceNetwork, warm: WarmStart): NetworkWarmStart {
  const { network, problem, members, memberStart } = rebalance;
  const { certificate } = warm;
  const tutorDual = new Float64Array(problem.program.tutorCount).fill(NaN);
  certificate.tutorIds.forEach((id, at) => {
    const t = problem.program.tutorIndex.get(id);
    if (t !== undefined) tutorDual[t] = certificate.tutorPrice[at];
  });
  const arcFlow = new Int32Array(network.arcHead.length);
  for (let k = 0; k < rebalance.keptCount; k++) arcFlow[rebalance.keptArc[k]] = rebalance.keptStart[k + 1] - rebalance.keptStart[k];
  const waitFlow = Int32Array.from({ length: network.sourceCount }, (_, i) => {
    let waiting = 0;
    for (let at = memberStart[i]; at < memberStart[i + 1]; at++) if (problem.program.smeCurrentTutor[problem.freeSmes[members[at]]] < 0) waiting++;
    return waiting;
  });
  return { tutorDual, arcFlow, waitFlow };
}

import type { MatchingSolution } from '../solver/matching-instance.js';
import type { FlowNetwork } from '../solver/flow-network.js';
import type { NetworkSolution } from '../solver/solve-network.js';
import type { NetworkWarmStart } from '../solver/warm-start.js';
import type { WarmStart } from './matching-program.js';
import type { RebalanceNetwork } from './rebalance-network.js';

/**
 * The network's flow as one tutor (or none) per free SME. Kept arcs place the SMEs they keep;
 * each unit that crosses a tier goes from the next unplaced SME of its source to the tutor
 * the hubs hand it to; what is left of a source waits. An SME's price is its source's, but
 * a kept SME's is capped by its kept pair, which may be worth more to it than to the rest.
 */
export function assignmentOf(rebalance: RebalanceNetwork, solution: NetworkSolution): MatchingSolution {
  const { network, problem, members, memberStart } = rebalance;
  const tutorBase = network.sourceCount + network.hubCount;
  const tutorOfSme = new Int32Array(problem.freeSmes.length).fill(-1);
  const smePrice = Float64Array.from(problem.freeSmes, (_, lp) => solution.sourceDual[rebalance.sourceOfMember(lp)]);
  for (let k = 0; k < rebalance.keptCount; k++) {
    const a = rebalance.keptArc[k];
    const t = network.arcHead[a] - tutorBase;
    for (let at = rebalance.keptStart[k]; at < rebalance.keptStart[k + 1]; at++) {
      const lp = rebalance.keptMembers[at];
      smePrice[lp] = Math.min(smePrice[lp], network.arcCost[a] + solution.tutorDual[t]);
      if (at - rebalance.keptStart[k] < solution.flow[a]) tutorOfSme[lp] = t;
    }
  }
  const nextMember = memberStart.slice(0, network.sourceCount);
  const takeMember = (source: number): number => {
    while (tutorOfSme[members[nextMember[source]]] >= 0) nextMember[source]++;
    return members[nextMember[source]++];
  };
  forEachUnitThroughHubs(network, solution.flow, (source, t) => (tutorOfSme[takeMember(source)] = t - tutorBase));
  return { objective: solution.objective, tutorOfSme, smePrice, tutorPrice: solution.tutorDual };
}

/**
 * Follows every unit that enters the hubs from a source down to its tutor: hubs are taken from
 * the highest index down (arcs only go to lower hubs), each passing on the sources of the
 * units it received, first come first served.
 */
function forEachUnitThroughHubs(network: FlowNetwork, flow: Int32Array, visit: (source: number, tutor: number) => void): void {
  const tutorBase = network.sourceCount + network.hubCount;
  const arrived: number[][] = Array.from({ length: network.hubCount }, () => []);
  for (let a = 0; a < network.outStart[network.sourceCount]; a++) {
    const hub = network.arcHead[a] - network.sourceCount;
    if (hub < network.hubCount) for (let unit = 0; unit < flow[a]; unit++) arrived[hub].push(network.arcTail[a]);
  }
  for (let hub = network.hubCount - 1; hub >= 0; hub--) {
    const units = arrived[hub];
    let next = 0;
    const node = network.sourceCount + hub;
    for (let a = network.outStart[node]; a < network.outStart[node + 1]; a++) {
      for (let unit = 0; unit < flow[a]; unit++) {
        const head = network.arcHead[a];
        if (head >= tutorBase) visit(units[next++], head);
        else arrived[head - network.sourceCount].push(units[next++]);
      }
    }
    arrived[hub] = [];
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

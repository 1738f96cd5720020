import type { ResidualNetwork } from '../solver/residual-network.js';
import type { MatchSme } from './matching-program.js';
import type { MemberEdits } from './network-assignment.js';
import type { RebalanceNetwork } from './rebalance-network.js';

/** A change as indices into a built program: its list indices of SMEs and tutors, and the newcomers. */
export interface IndexedChange {
  graduated: readonly number[];
  leaving: readonly number[];
  newSmes: readonly MatchSme[];
}

/** An applied plan's network, indexed once for its edits: each SME's free index (by list index) and each free SME's kept pair. */
export interface MemberIndex {
  freeIndexOf: Int32Array;
  keptPairOf: Int32Array;
}

export function memberIndex(rebalance: RebalanceNetwork): MemberIndex {
  const { freeSmes, program } = rebalance.problem;
  const freeIndexOf = new Int32Array(program.smeCount).fill(-1);
  freeSmes.forEach((s, member) => (freeIndexOf[s] = member));
  const keptPairOf = new Int32Array(freeSmes.length).fill(-1);
  for (let k = 0; k < rebalance.keptCount; k++) {
    for (let at = rebalance.keptStart[k]; at < rebalance.keptStart[k + 1]; at++) keptPairOf[rebalance.keptMembers[at]] = k;
  }
  return { freeIndexOf, keptPairOf };
}

/**
 * Makes a small change to a solved network in place, so that solving again only places what
 * the change moved: an SME that graduates takes its unit off its kept pair (its tutor is left
 * paying for a slot it no longer fills, a deficit) or out of its source; a tutor that leaves is
 * closed and its kept units go back to their sources; a newcomer adds a unit to the source of
 * its kind and unassigned cost. Reduced costs stay non-negative: arcs only lose room.
 *
 * Returns undefined, with nothing changed, when the change cannot be made this way: a
 * newcomer of a kind or unassigned cost the network has no source for, a pinned SME that
 * graduates, or a tutor that leaves with pinned SMEs. The program must then be built again.
 */
export function editNetwork(rebalance: RebalanceNetwork, net: ResidualNetwork, change: IndexedChange, { freeIndexOf, keptPairOf }: MemberIndex): MemberEdits | undefined {
  const { problem, lists } = rebalance;
  const { program } = problem;
  const addedSource = change.newSmes.map((sme) => {
    const codes = sme.pinned || sme.currentTutorId !== null ? undefined : program.codesOf(sme);
    return codes === undefined ? -1 : rebalance.sourceFor(lists.kindOf(codes), codes.waitCost);
  });
  if (addedSource.some((source) => source < 0)) return undefined;
  if (change.graduated.some((s) => program.smes[s].pinned) || change.leaving.some((t) => problem.pinnedLoad[t] > 0)) return undefined;
  const gone = new Uint8Array(problem.freeSmes.length);
  for (const s of change.graduated) {
    const member = freeIndexOf[s];
    gone[member] = 1;
    removeUnit(rebalance, net, member, keptPairOf[member]);
  }
  for (const t of change.leaving) closeTutor(rebalance, net, t);
  const added = groupAdded(rebalance, addedSource);
  for (const source of addedSource) net.excess[source]++;
  return { gone, ...added };
}

/**
 * Takes free SME member's unit out: off its kept pair k when the pair holds more units than it
 * has SMEs left, otherwise (the SME was not placed) out of its source's excess or waits.
 */
function removeUnit(rebalance: RebalanceNetwork, net: ResidualNetwork, member: number, k: number): void {
  const { arcCapacity, arcHead } = rebalance.network;
  if (k >= 0) {
    const a = rebalance.keptArc[k];
    arcCapacity[a]--;
    if (net.flow[a] > arcCapacity[a]) {
      net.flow[a]--;
      net.load[arcHead[a] - net.tutorBase]--;
      return;
    }
  }
  const source = rebalance.sourceOfMember(member);
  if (net.excess[source] > 0) net.excess[source]--;
  else if (net.waitFlow[source] > 0) net.waitFlow[source]--;
  else throw new Error(`source ${source} has no unit left for its SME ${member}: the network is not an applied plan`);
}

/** Closes tutor t: no arc leads to it any more, its kept units go back to their sources, and it pays for no slot. */
function closeTutor(rebalance: RebalanceNetwork, net: ResidualNetwork, t: number): void {
  const { inStart, inArc, arcTail, arcCapacity, sourceCount } = rebalance.network;
  const v = net.tutorBase + t;
  for (let i = inStart[v]; i < inStart[v + 1]; i++) {
    const a = inArc[i];
    if (net.flow[a] > 0 && arcTail[a] >= sourceCount) throw new Error(`tutor ${t} holds units through a hub: the network is not an applied plan`);
    if (net.flow[a] > 0) net.excess[arcTail[a]] += net.flow[a];
    net.flow[a] = 0;
    arcCapacity[a] = 0;
  }
  net.load[t] = 0;
  net.paid[t] = 0;
}

/** Newcomer i becomes free SME freeSmes.length + i, listed under its source. */
function groupAdded(rebalance: RebalanceNetwork, addedSource: readonly number[]): Pick<MemberEdits, 'addedStart' | 'added'> {
  const { sourceCount } = rebalance.network;
  const freeCount = rebalance.problem.freeSmes.length;
  const addedStart = new Int32Array(sourceCount + 1);
  for (const source of addedSource) addedStart[source + 1]++;
  for (let i = 0; i < sourceCount; i++) addedStart[i + 1] += addedStart[i];
  const fill = addedStart.slice(0, sourceCount);
  const added = new Int32Array(addedSource.length);
  addedSource.forEach((source, i) => (added[fill[source]++] = freeCount + i));
  return { addedStart, added };
}

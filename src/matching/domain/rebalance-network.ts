import { buildNetwork, type FlowNetwork, UNLIMITED } from '../solver/flow-network.js';
import { isFeasible, pairCost } from './pair-cost.js';
import type { RebalanceProblem } from './rebalance-problem.js';
import type { TierLists } from './tier-lists.js';

/**
 * The rebalance as one exact network (MATCHING.md section 3, by types): SMEs of the same kind
 * and unassigned cost form one source; each source reaches its kind's tiers at the tier's
 * cost, and each tier reaches its tutors at no cost. A tier's cost is never below the real
 * cost of its tutors and every feasible tutor sits in a tier priced exactly, so the cheapest
 * way from a source to a tutor is the pair's cost: the optimum over all feasible pairs,
 * without listing them. A kept pair is an arc of its own from the source straight to the
 * current tutor, at the cost less the stay bonus, with room for the SMEs it keeps.
 */
export class RebalanceNetwork {
  readonly network: FlowNetwork;
  /** Source i's SMEs (indices into problem.freeSmes) are members[memberStart[i] .. memberStart[i+1]). */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Kept pair k's SMEs (same source, same current tutor) are keptMembers[keptStart[k] .. keptStart[k+1]). */
  readonly keptStart: Int32Array;
  readonly keptMembers: Int32Array;
  private readonly sourceIndex: Int32Array;

  constructor(
    readonly problem: RebalanceProblem,
    readonly lists: TierLists,
  ) {
    const { freeSmes, program } = problem;
    const sourceOf = groupSources(problem, lists);
    this.sourceIndex = sourceOf.index;
    const sourceCount = sourceOf.count;
    ({ start: this.memberStart, items: this.members } = groupBy(sourceCount, freeSmes.length, (lp) => sourceOf.index[lp]));
    const kept = keptPairs(problem, sourceOf.index);
    const arcs = new ArcBuffer();
    for (let i = 0; i < sourceCount; i++) {
      const kind = lists.smeKind[freeSmes[this.members[this.memberStart[i]]]];
      for (let o = lists.offerStart[kind]; o < lists.offerStart[kind + 1]; o++) arcs.add(i, sourceCount + lists.offerTier[o], lists.offerCost[o], UNLIMITED);
    }
    const tutorBase = sourceCount + lists.tierCount;
    for (let t = 0; t < program.tutorCount; t++) {
      if (!problem.hasFreeSlot(t)) continue;
      for (let at = lists.tutorStart[t]; at < lists.tutorStart[t + 1]; at++) arcs.add(sourceCount + lists.tutorTier[at], tutorBase + t, 0, UNLIMITED);
    }
    for (let k = 0; k < kept.count; k++) {
      const lp = kept.members[kept.start[k]];
      const s = freeSmes[lp];
      const t = program.smeCurrentTutor[s];
      arcs.add(sourceOf.index[lp], tutorBase + t, pairCost(program, problem.geography, t, s), kept.start[k + 1] - kept.start[k]);
    }
    this.keptStart = kept.start;
    this.keptMembers = kept.members;
    const supply = Int32Array.from({ length: sourceCount }, (_, i) => this.memberStart[i + 1] - this.memberStart[i]);
    const waitCost = Int32Array.from({ length: sourceCount }, (_, i) => program.smeWaitCost[freeSmes[this.members[this.memberStart[i]]]]);
    this.network = buildNetwork({ supply, waitCost, hubCount: lists.tierCount, slotStart: problem.slotStart, slotCost: problem.slotCost }, arcs);
  }

  get keptCount(): number {
    return this.keptStart.length - 1;
  }

  /** The arc of kept pair k: the one from its source straight to its SMEs' current tutor. */
  keptArc(k: number): number {
    const { network, problem } = this;
    const lp = this.keptMembers[this.keptStart[k]];
    const source = this.sourceOfMember(lp);
    const head = network.sourceCount + network.hubCount + problem.program.smeCurrentTutor[problem.freeSmes[lp]];
    for (let a = network.outStart[source]; a < network.outStart[source + 1]; a++) if (network.arcHead[a] === head) return a;
    throw new Error(`kept pair ${k} has no arc`);
  }

  sourceOfMember(lp: number): number {
    return this.sourceIndex[lp];
  }
}

/** Free SMEs with the same kind and unassigned cost share a source. */
function groupSources(problem: RebalanceProblem, lists: TierLists): { index: Int32Array; count: number } {
  const { freeSmes, program } = problem;
  const ids = new Map<number, number>();
  const index = Int32Array.from(freeSmes, (s) => {
    const key = lists.smeKind[s] * 4_000_001 + program.smeWaitCost[s] + 2_000_000;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
  return { index, count: ids.size };
}

/** Free SMEs whose current pair is feasible and has room, grouped by (source, current tutor). */
function keptPairs(problem: RebalanceProblem, sourceOf: Int32Array): { start: Int32Array; members: Int32Array; count: number } {
  const { freeSmes, program } = problem;
  const ids = new Map<number, number>();
  const group = Int32Array.from(freeSmes, (s, lp) => {
    const t = program.smeCurrentTutor[s];
    if (t < 0 || !problem.hasFreeSlot(t) || !isFeasible(program, t, s)) return -1;
    const key = sourceOf[lp] * program.tutorCount + t;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
  const { start, items } = groupBy(ids.size, freeSmes.length, (lp) => group[lp]);
  return { start, members: items, count: ids.size };
}

/** Items 0..itemCount grouped by groupOf (negative: left out), in item order within a group. */
function groupBy(groupCount: number, itemCount: number, groupOf: (item: number) => number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(groupCount + 1);
  for (let item = 0; item < itemCount; item++) if (groupOf(item) >= 0) start[groupOf(item) + 1]++;
  for (let g = 0; g < groupCount; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groupCount);
  const items = new Int32Array(start[groupCount]);
  for (let item = 0; item < itemCount; item++) if (groupOf(item) >= 0) items[fill[groupOf(item)]++] = item;
  return { start, items };
}

/** Arcs appended into growing typed arrays. */
class ArcBuffer {
  length = 0;
  tail = new Int32Array(1 << 16);
  head = new Int32Array(1 << 16);
  cost = new Int32Array(1 << 16);
  capacity = new Int32Array(1 << 16);

  add(tail: number, head: number, cost: number, capacity: number): void {
    if (this.length === this.tail.length) this.grow();
    this.tail[this.length] = tail;
    this.head[this.length] = head;
    this.cost[this.length] = cost;
    this.capacity[this.length++] = capacity;
  }

  private grow(): void {
    const size = this.tail.length * 2;
    for (const field of ['tail', 'head', 'cost', 'capacity'] as const) {
      const grown = new Int32Array(size);
      grown.set(this[field]);
      this[field] = grown;
    }
  }
}

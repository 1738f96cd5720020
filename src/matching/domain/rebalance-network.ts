import { buildNetwork, type FlowNetwork, UNLIMITED } from '../solver/flow-network.js';
import { isFeasible, pairCost } from './pair-cost.js';
import type { RebalanceProblem } from './rebalance-problem.js';
import type { TierLists } from './tier-lists.js';
import { type DenseIds, denseIds, firstOfEach } from './dense-ids.js';

/**
 * The rebalance as one exact network (docs/matching-model.md section 3, by types): SMEs of the same kind
 * and unassigned cost form one source; each source reaches its kind's tiers at the tier's
 * cost, and each tier reaches its tutors at no cost, through one hub per kind of tutor. A
 * tier's cost is never below the real cost of its tutors and every feasible tutor sits in a
 * tier priced exactly, so the cheapest way from a source to a tutor is the pair's cost: the
 * optimum over all feasible pairs, without listing them. A kept pair is an arc of its own
 * from the source straight to the current tutor, at the cost less the stay bonus, with room
 * for the SMEs it keeps.
 */
export class RebalanceNetwork {
  readonly network: FlowNetwork;
  /** Source i's SMEs (indices into problem.freeSmes) are members[memberStart[i] .. memberStart[i+1]). */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Kept pair k's SMEs (same source, same current tutor) are keptMembers[keptStart[k] .. keptStart[k+1]). */
  readonly keptStart: Int32Array;
  readonly keptMembers: Int32Array;
  /** The arc of kept pair k, from its source straight to its SMEs' current tutor. */
  readonly keptArc: Int32Array;
  private readonly sources: SourceGroups;

  constructor(
    readonly problem: RebalanceProblem,
    readonly lists: TierLists,
  ) {
    const { freeSmes, program } = problem;
    const sources = groupSources(problem, lists);
    this.sources = sources;
    const sourceCount = sources.ofMembers.count;
    ({ start: this.memberStart, items: this.members } = groupBy(sourceCount, freeSmes.length, (member) => sources.ofMembers.ids[member]));
    const kept = keptPairs(problem, keptGroupKeys(problem, sources.ofMembers.ids));
    const tutorKinds = groupTutorKinds(problem, lists);
    const firstTier = sourceCount + tutorKinds.count;
    const tutorBase = firstTier + lists.tierCount;
    const kindOfSource = Int32Array.from({ length: sourceCount }, (_, i) => lists.smeKind[freeSmes[this.members[this.memberStart[i]]]]);
    this.keptStart = kept.start;
    this.keptMembers = kept.members;
    this.keptArc = new Int32Array(kept.count);
    const keptMember = (k: number) => kept.members[kept.start[k]];
    const keptTutor = (k: number) => program.smeCurrentTutor[freeSmes[keptMember(k)]];
    const keptCost = Int32Array.from({ length: kept.count }, (_, k) => pairCost(program, problem.geography, keptTutor(k), freeSmes[keptMember(k)]));
    const supply = Int32Array.from({ length: sourceCount }, (_, i) => this.memberStart[i + 1] - this.memberStart[i]);
    const waitCost = Int32Array.from({ length: sourceCount }, (_, i) => program.smeWaitCost[freeSmes[this.members[this.memberStart[i]]]]);
    const hubCount = tutorKinds.count + lists.tierCount;
    this.network = buildNetwork({ supply, waitCost, hubCount, slotStart: problem.slotStart, slotCost: problem.slotCost }, (emit) => {
      kindOfSource.forEach((kind, i) => {
        for (let o = lists.offerStart[kind]; o < lists.offerStart[kind + 1]; o++) emit(i, firstTier + lists.offerTier[o], lists.offerCost[o], UNLIMITED);
      });
      tutorKinds.listKind.forEach((kind, k) => {
        for (let at = lists.kindTierStart[kind]; at < lists.kindTierStart[kind + 1]; at++) emit(firstTier + lists.kindTier[at], sourceCount + k, 0, UNLIMITED);
        for (let at = tutorKinds.start[k]; at < tutorKinds.start[k + 1]; at++) emit(sourceCount + k, tutorBase + tutorKinds.members[at], 0, UNLIMITED);
      });
      for (let k = 0; k < kept.count; k++) {
        this.keptArc[k] = emit(sources.ofMembers.ids[keptMember(k)], tutorBase + keptTutor(k), keptCost[k], kept.start[k + 1] - kept.start[k]);
      }
    });
  }

  get keptCount(): number {
    return this.keptStart.length - 1;
  }

  sourceOfMember(member: number): number {
    return this.sources.ofMembers.ids[member];
  }

  /** The source of SMEs of this kind (TierLists) and unassigned cost, or -1 when the network has none. */
  sourceFor(kind: number, waitCost: number): number {
    const wait = this.sources.waits.idOf.get(waitCost + WAIT_SHIFT);
    if (kind < 0 || wait === undefined) return -1;
    return this.sources.ofMembers.idOf.get(kind * this.sources.waits.count + wait) ?? -1;
  }
}

/**
 * Tutors of one kind (TierLists) with a free slot share one hub between their tiers and
 * themselves, which keeps the tier arcs to a third of one per tutor and tier.
 */
function groupTutorKinds(problem: RebalanceProblem, lists: TierLists): { count: number; listKind: Int32Array; start: Int32Array; members: Int32Array } {
  const { tutorCount } = problem.program;
  const kinds = denseIds(tutorCount, (t) => (problem.hasFreeSlot(t) ? lists.tutorKind[t] : -1));
  const { start, items } = groupBy(kinds.count, tutorCount, (t) => kinds.ids[t]);
  const listKind = Int32Array.from(firstOfEach(kinds), (t) => lists.tutorKind[t]);
  return { count: kinds.count, listKind, start, members: items };
}

/** Wait costs lie in [-1e6, 1e6] (assertValidSettings); shifted up by this, none is dropped as negative. */
const WAIT_SHIFT = 2_000_000;

/** Free SMEs' unassigned costs, and their sources: one per kind and unassigned cost. */
interface SourceGroups {
  waits: DenseIds;
  ofMembers: DenseIds;
}

function groupSources(problem: RebalanceProblem, lists: TierLists): SourceGroups {
  const { freeSmes, program } = problem;
  const waits = denseIds(freeSmes.length, (member) => program.smeWaitCost[freeSmes[member]] + WAIT_SHIFT);
  return { waits, ofMembers: denseIds(freeSmes.length, (member) => lists.smeKind[freeSmes[member]] * waits.count + waits.ids[member]) };
}

/** Kept SMEs share an arc when they share a source and a keep bonus (whether their pair has logged sessions). */
function keptGroupKeys(problem: RebalanceProblem, sourceOf: Int32Array): Int32Array {
  const { freeSmes, program } = problem;
  return Int32Array.from(freeSmes, (s, member) => sourceOf[member] * 2 + (program.smes[s].sessionsLogged ? 1 : 0));
}

/**
 * Free SMEs whose current pair is feasible and has room, grouped by (source, keep bonus, current
 * tutor): by tutor first, then by group key within each tutor's few SMEs.
 */
function keptPairs(problem: RebalanceProblem, groupOf: Int32Array): { start: Int32Array; members: Int32Array; count: number } {
  const { freeSmes, program } = problem;
  const keptTutor = Int32Array.from(freeSmes, (s) => {
    const t = program.smeCurrentTutor[s];
    return t >= 0 && problem.hasFreeSlot(t) && isFeasible(program, t, s) ? t : -1;
  });
  const { start: tutorStart, items: members } = groupBy(program.tutorCount, freeSmes.length, (member) => keptTutor[member]);
  const start: number[] = [0];
  for (let t = 0; t < program.tutorCount; t++) {
    const from = tutorStart[t];
    const to = tutorStart[t + 1];
    sortBySource(members, from, to, groupOf);
    for (let at = from + 1; at <= to; at++) if (at === to || groupOf[members[at]] !== groupOf[members[at - 1]]) start.push(at);
  }
  return { start: Int32Array.from(start), members, count: start.length - 1 };
}

/** Up to this many kept SMEs of one tutor (three, as a rule) are sorted by insertion. */
const FEW = 16;

/** Sorts a tutor's kept SMEs items[from .. to) by source, keeping their order within a source. */
function sortBySource(items: Int32Array, from: number, to: number, sourceOf: Int32Array): void {
  if (to - from > FEW) {
    items.subarray(from, to).sort((a, b) => sourceOf[a] - sourceOf[b] || a - b);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= from && sourceOf[items[j]] > sourceOf[item]; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
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

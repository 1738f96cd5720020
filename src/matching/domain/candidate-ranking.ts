import type { TierLists } from './tier-lists.js';

export interface RankedTutor {
  tutor: number;
  /** The pair cost of placing the SME with this tutor: geography + category + language (no stay bonus). */
  cost: number;
}

/**
 * The cheapest feasible tutors of an SME among a pool (say, the tutors with a free seat),
 * exactly and without pricing every tutor: each tier lists its pool tutors in id order, and an
 * SME walks its own tiers from the cheapest. A tutor's pair cost is the least cost of the SME's
 * tiers it lies in, so the first tier that reaches it prices it; tiers of one cost are merged by
 * id, and the walk stops as soon as `limit` tutors are priced at a cost no later tier undercuts.
 */
export class CandidateRanking {
  /** Tier k lists its pool tutors tierTutor[tierStart[k] .. tierStart[k+1]), in id order. */
  private readonly tierStart: Int32Array;
  private readonly tierTutor: Int32Array;
  private readonly idRank: Int32Array;

  constructor(
    private readonly lists: TierLists,
    inPool: (t: number) => boolean,
  ) {
    const { tutors } = lists.tiers.program;
    const byId = Int32Array.from(tutors.keys()).sort((a, b) => compareIds(tutors[a].id, tutors[b].id));
    this.idRank = new Int32Array(tutors.length);
    byId.forEach((t, rank) => (this.idRank[t] = rank));
    const pool = byId.filter((t) => inPool(t));
    const { tutorKind, kindTierStart, kindTier } = lists;
    const forTiersOf = (t: number, visit: (tier: number) => void) => {
      for (let at = kindTierStart[tutorKind[t]]; at < kindTierStart[tutorKind[t] + 1]; at++) visit(kindTier[at]);
    };
    this.tierStart = new Int32Array(lists.tierCount + 1);
    for (const t of pool) forTiersOf(t, (tier) => this.tierStart[tier + 1]++);
    for (let tier = 0; tier < lists.tierCount; tier++) this.tierStart[tier + 1] += this.tierStart[tier];
    const fill = this.tierStart.slice(0, lists.tierCount);
    this.tierTutor = new Int32Array(this.tierStart[lists.tierCount]);
    for (const t of pool) forTiersOf(t, (tier) => (this.tierTutor[fill[tier]++] = t));
  }

  /** The `limit` cheapest pool tutors feasible for SME s, by pair cost, then by id. */
  cheapestFor(s: number, limit: number): RankedTutor[] {
    const { offerStart, offerTier, offerCost, smeKind } = this.lists;
    const kind = smeKind[s];
    const offers = Array.from({ length: offerStart[kind + 1] - offerStart[kind] }, (_, i) => offerStart[kind] + i).sort((a, b) => offerCost[a] - offerCost[b]);
    const ranked: RankedTutor[] = [];
    const taken = new Set<number>();
    for (let group = 0; group < offers.length && ranked.length < limit; ) {
      let end = group;
      while (end < offers.length && offerCost[offers[end]] === offerCost[offers[group]]) end++;
      this.mergeByRank(offers.slice(group, end).map((at) => offerTier[at]), taken, limit - ranked.length, (t) => ranked.push({ tutor: t, cost: offerCost[offers[group]] }));
      group = end;
    }
    return ranked;
  }

  /** Takes up to `count` tutors not taken yet from the tiers' lists, in id order. */
  private mergeByRank(tiers: number[], taken: Set<number>, count: number, take: (t: number) => void): void {
    const at = tiers.map((tier) => this.tierStart[tier]);
    const end = tiers.map((tier) => this.tierStart[tier + 1]);
    for (let left = count; left > 0; ) {
      let next = -1;
      for (let i = 0; i < tiers.length; i++) {
        while (at[i] < end[i] && taken.has(this.tierTutor[at[i]])) at[i]++;
        if (at[i] < end[i] && (next < 0 || this.idRank[this.tierTutor[at[i]]] < this.idRank[next])) next = this.tierTutor[at[i]];
      }
      if (next < 0) return;
      taken.add(next);
      take(next);
      left--;
    }
  }
}

/** Ids in code-unit order, the order SQL gives ASCII ids such as UUIDs. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

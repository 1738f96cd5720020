import { EncodedProgram, type SmeNeeds } from './encoded-program.js';
import { DEFAULT_MATCHING_SETTINGS, type MatchingSettings, type MatchTutor } from './matching-program.js';
import { TierIndex } from './tier-index.js';

export interface RankedTutor {
  tutor: number;
  /** The pair cost of placing the SME with this tutor: geography + category + language (no stay bonus). */
  cost: number;
}

/**
 * The cheapest feasible tutors of any SME, also one the program has never seen, exactly and
 * without pricing every tutor: each tier lists its tutors in id order, and an SME walks its own
 * tiers from the cheapest. A tutor's pair cost is the least cost of the SME's tiers it lies in,
 * so the first tier that reaches it prices it; tiers of one cost are merged by id, and the walk
 * stops as soon as `limit` tutors are priced at a cost no later tier undercuts. The lists depend
 * on the tutors alone: costs and free seats are the query's, so one ranking serves while only
 * settings or loads change.
 */
export class CandidateRanking {
  private readonly tiers: TierIndex;
  /** Tier `key` lists its tutors tierTutor[tierStart[key] .. tierStart[key+1]), in id order. */
  private readonly tierStart: Int32Array;
  private readonly tierTutor: Int32Array;
  private readonly idRank: Int32Array;

  private readonly program: EncodedProgram;

  constructor(readonly tutors: readonly MatchTutor[]) {
    // The tutors' codes and tiers do not depend on the settings; a query brings its own.
    this.program = new EncodedProgram(tutors, [], DEFAULT_MATCHING_SETTINGS);
    this.tiers = new TierIndex(this.program);
    const byId = Int32Array.from(tutors.keys()).sort((a, b) => compareIds(tutors[a].id, tutors[b].id));
    this.idRank = new Int32Array(tutors.length);
    byId.forEach((t, rank) => (this.idRank[t] = rank));
    this.tierStart = new Int32Array(this.tiers.size + 1);
    for (const t of byId) this.tiers.forTutorTiers(t, (key) => this.tierStart[key + 1]++);
    for (let key = 0; key < this.tiers.size; key++) this.tierStart[key + 1] += this.tierStart[key];
    const fill = this.tierStart.slice(0, this.tiers.size);
    this.tierTutor = new Int32Array(this.tierStart[this.tiers.size]);
    for (const t of byId) this.tiers.forTutorTiers(t, (key) => (this.tierTutor[fill[key]++] = t));
  }

  /** The `limit` cheapest tutors with a seat feasible for the SME, by pair cost, then by id. */
  cheapestFor(sme: SmeNeeds, settings: MatchingSettings, limit: number, hasSeat: (t: number) => boolean = () => true): RankedTutor[] {
    const offers: { key: number; cost: number }[] = [];
    this.tiers.forSmeOffers(this.program.placeOfNewcomer(sme), settings, (key, cost) => offers.push({ key, cost }));
    offers.sort((a, b) => a.cost - b.cost);
    const ranked: RankedTutor[] = [];
    const seen = new Set<number>();
    for (let group = 0; group < offers.length && ranked.length < limit; ) {
      let end = group;
      while (end < offers.length && offers[end].cost === offers[group].cost) end++;
      const { cost } = offers[group];
      this.mergeByRank(offers.slice(group, end).map((offer) => offer.key), seen, (t) => hasSeat(t) && ranked.push({ tutor: t, cost }) >= limit);
      group = end;
    }
    return ranked;
  }

  /** Hands the tutors not seen yet of the tiers' lists to `take` in id order, until it answers true. */
  private mergeByRank(keys: number[], seen: Set<number>, take: (t: number) => boolean): void {
    const at = keys.map((key) => this.tierStart[key]);
    const end = keys.map((key) => this.tierStart[key + 1]);
    for (;;) {
      let next = -1;
      for (let i = 0; i < keys.length; i++) {
        while (at[i] < end[i] && seen.has(this.tierTutor[at[i]])) at[i]++;
        if (at[i] < end[i] && (next < 0 || this.idRank[this.tierTutor[at[i]]] < this.idRank[next])) next = this.tierTutor[at[i]];
      }
      if (next < 0) return;
      seen.add(next);
      if (take(next)) return;
    }
  }
}

/** Ids in code-unit order, the order SQL gives ASCII ids such as UUIDs. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

import { type DenseIds, denseIds, firstOfEach } from './dense-ids.js';
import type { EncodedProgram, SmeCodes } from './encoded-program.js';
import type { TierIndex } from './tier-index.js';

/**
 * The tier memberships as flat arrays, built once per rebalance: for each kind of SME (same
 * regency, category, languages and internet) the tiers it may draw a tutor from with their
 * cost, and for each kind of tutor (same regency, categories, languages and modes) the tiers
 * it belongs to. Only tiers some SME draws from are kept, under dense numbers: the rebalance
 * network's hubs and the certificate check's look-ups.
 */
export class TierLists {
  /** The number of tiers some SME draws from; tierKey maps each to its TierIndex key. */
  readonly tierCount: number;
  readonly tierKey: Int32Array;
  readonly smeKind: Int32Array;
  /** Kind k draws from tiers offerTier[offerStart[k] .. offerStart[k+1]) at cost offerCost[...]. */
  readonly offerStart: Int32Array;
  readonly offerTier: Int32Array;
  readonly offerCost: Int32Array;
  readonly tutorKind: Int32Array;
  /** Kind k of tutor belongs to tiers kindTier[kindTierStart[k] .. kindTierStart[k+1]). */
  readonly kindTierStart: Int32Array;
  readonly kindTier: Int32Array;
  private readonly languageSets: DenseIds;
  private readonly smeKinds: DenseIds;

  constructor(readonly tiers: TierIndex) {
    const { program } = tiers;
    const denseOf = new Int32Array(tiers.size).fill(-1);
    const tierKey: number[] = [];
    const offerStart = [0];
    const offerTier: number[] = [];
    const offerCost: number[] = [];
    const languages = denseIds(program.smeCount, (s) => program.smeLanguages[s]);
    const kinds = denseIds(program.smeCount, (s) => smeKindKey(program.smeRegency[s], program.smeCategory[s], program.smeNoInternet[s], languages.ids[s], languages.count));
    this.languageSets = languages;
    this.smeKinds = kinds;
    this.smeKind = kinds.ids;
    for (const s of firstOfEach(kinds)) {
      tiers.forSmeOffers(program.placeOf(s), program.settings, (tier, cost) => {
        if (denseOf[tier] < 0) denseOf[tier] = tierKey.push(tier) - 1;
        offerTier.push(denseOf[tier]);
        offerCost.push(cost);
      });
      offerStart.push(offerTier.length);
    }
    this.tierCount = tierKey.length;
    this.tierKey = Int32Array.from(tierKey);
    this.offerStart = Int32Array.from(offerStart);
    this.offerTier = Int32Array.from(offerTier);
    this.offerCost = Int32Array.from(offerCost);
    const tutorKinds = tutorKindsOf(program);
    this.tutorKind = tutorKinds.ids;
    const representative = firstOfEach(tutorKinds);
    this.kindTierStart = new Int32Array(tutorKinds.count + 1);
    const visitOffered = (t: number, visit: (tier: number) => void) => tiers.forTutorTiers(t, (key) => denseOf[key] >= 0 && visit(denseOf[key]));
    representative.forEach((t, kind) => {
      let count = 0;
      visitOffered(t, () => count++);
      this.kindTierStart[kind + 1] = this.kindTierStart[kind] + count;
    });
    this.kindTier = new Int32Array(this.kindTierStart[tutorKinds.count]);
    representative.forEach((t, kind) => {
      let at = this.kindTierStart[kind];
      visitOffered(t, (tier) => (this.kindTier[at++] = tier));
    });
  }

  /** The kind of an SME with these columns, or -1 when no SME of the program is of that kind. */
  kindOf(codes: SmeCodes): number {
    const languages = this.languageSets.idOf.get(codes.languages);
    if (languages === undefined) return -1;
    return this.smeKinds.idOf.get(smeKindKey(codes.regency, codes.category, codes.noInternet, languages, this.languageSets.count)) ?? -1;
  }
}

/** SMEs with the same regency, category, internet and languages (dense ids of their sets) are of one kind. */
function smeKindKey(regency: number, category: number, noInternet: number, languages: number, languageSetCount: number): number {
  return ((regency * 32 + category) * 2 + noInternet) * languageSetCount + languages;
}

/** Tutors with the same regency (and so province and island group), categories, languages and modes belong to the same tiers. */
function tutorKindsOf(program: EncodedProgram): { ids: Int32Array; count: number } {
  const categories = denseIds(program.tutorCount, (t) => program.tutorCategories[t]);
  const languages = denseIds(program.tutorCount, (t) => program.tutorLanguages[t]);
  return denseIds(program.tutorCount, (t) => ((program.tutorRegency[t] * categories.count + categories.ids[t]) * languages.count + languages.ids[t]) * 4 + program.tutorModes[t]);
}

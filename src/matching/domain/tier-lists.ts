import { denseIds } from './dense-ids.js';
import { geographyCosts } from './pair-cost.js';
import type { TierIndex } from './tier-index.js';
import { forEachBitThen } from './tier-index.js';

/**
 * The tier memberships as flat arrays, built once per rebalance: for each kind of SME (same
 * regency, category, languages and internet) the tiers it may draw a tutor from with their
 * cost, and the tiers each tutor belongs to. Only tiers some SME draws from are kept, under
 * dense numbers: the rebalance network's hubs and the certificate check's look-ups.
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
  /** Tutor t belongs to tiers tutorTier[tutorStart[t] .. tutorStart[t+1]). */
  readonly tutorStart: Int32Array;
  readonly tutorTier: Int32Array;

  constructor(readonly tiers: TierIndex) {
    const { program } = tiers;
    const denseOf = new Int32Array(tiers.size).fill(-1);
    const tierKey: number[] = [];
    const offerStart = [0];
    const offerTier: number[] = [];
    const offerCost: number[] = [];
    const languages = denseIds(program.smeCount, (s) => program.smeLanguages[s]);
    const kinds = denseIds(program.smeCount, (s) => ((program.smeRegency[s] * 32 + program.smeCategory[s]) * 2 + program.smeNoInternet[s]) * languages.count + languages.ids[s]);
    this.smeKind = kinds.ids;
    const firstOfKind = new Int32Array(kinds.count);
    for (let s = program.smeCount - 1; s >= 0; s--) firstOfKind[kinds.ids[s]] = s;
    for (const s of firstOfKind) {
      this.offersOf(s, (tier, cost) => {
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
    this.tutorStart = new Int32Array(program.tutorCount + 1);
    const visitOffered = (t: number, visit: (tier: number) => void) => this.tiersOf(t, (key) => denseOf[key] >= 0 && visit(denseOf[key]));
    for (let t = 0; t < program.tutorCount; t++) {
      let count = 0;
      visitOffered(t, () => count++);
      this.tutorStart[t + 1] = this.tutorStart[t] + count;
    }
    this.tutorTier = new Int32Array(this.tutorStart[program.tutorCount]);
    for (let t = 0; t < program.tutorCount; t++) {
      let at = this.tutorStart[t];
      visitOffered(t, (tier) => (this.tutorTier[at++] = tier));
    }
  }

  /** Visits the TierIndex keys of the tiers tutor t belongs to. */
  private tiersOf(t: number, visit: (key: number) => void): void {
    const { tiers } = this;
    const { program } = tiers;
    tiers.forTutorScopes(t, (scope, filter) =>
      forEachBitThen(program.tutorCategories[t], tiers.anyCategory, (category) =>
        forEachBitThen(program.tutorLanguages[t], tiers.anyLanguage, (language) => visit(tiers.key(scope, category, language, filter))),
      ),
    );
  }

  private offersOf(s: number, visit: (tier: number, cost: number) => void): void {
    const { tiers } = this;
    const { program } = tiers;
    const { categoryMismatchCost, languageMismatchCost } = program.settings;
    const geography = geographyCosts(program);
    tiers.forSmeScopes(s, (scope, filter, tier) => {
      for (const category of [program.smeCategory[s], tiers.anyCategory]) {
        const categoryCost = geography[tier] + (category === tiers.anyCategory ? categoryMismatchCost : 0);
        forEachBitThen(program.smeLanguages[s], tiers.anyLanguage, (language) =>
          visit(tiers.key(scope, category, language, filter), categoryCost + (language === tiers.anyLanguage ? languageMismatchCost : 0)),
        );
      }
    });
  }
}

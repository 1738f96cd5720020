import { geographyCosts } from './pair-cost.js';
import { forEachBitThen, TierIndex } from './tier-index.js';

export interface CheapestOffer {
  /** Least (pair cost without stay bonus + tutor price) over the SME's feasible tutors. */
  value: number;
  tutor: number;
}

/**
 * For given tutor prices, the cheapest feasible tutor of any SME, by tiers: each tier keeps
 * the least price of its tutors, and an SME looks only at its own tiers.
 */
export class CheapestTutorFinder {
  private readonly leastPrice: Float64Array;
  private readonly leastTutor: Int32Array;
  private readonly geography: Int32Array;

  constructor(
    private readonly tiers: TierIndex,
    tutorPrice: Float64Array,
  ) {
    const { program } = tiers;
    this.geography = geographyCosts(program);
    this.leastPrice = new Float64Array(tiers.size).fill(Infinity);
    this.leastTutor = new Int32Array(tiers.size).fill(-1);
    for (let t = 0; t < program.tutorCount; t++) {
      const price = tutorPrice[t];
      tiers.forTutorScopes(t, (scope, filter) =>
        forEachBitThen(program.tutorCategories[t], tiers.anyCategory, (category) =>
          forEachBitThen(program.tutorLanguages[t], tiers.anyLanguage, (language) => {
            const key = tiers.key(scope, category, language, filter);
            if (price < this.leastPrice[key]) {
              this.leastPrice[key] = price;
              this.leastTutor[key] = t;
            }
          }),
        ),
      );
    }
  }

  cheapestFor(s: number): CheapestOffer {
    const { tiers, geography } = this;
    const { program } = tiers;
    const { categoryMismatchCost, languageMismatchCost } = program.settings;
    const offer: CheapestOffer = { value: Infinity, tutor: -1 };
    tiers.forSmeScopes(s, (scope, filter, tier) => {
      for (const category of [program.smeCategory[s], tiers.anyCategory]) {
        const categoryCost = geography[tier] + (category === tiers.anyCategory ? categoryMismatchCost : 0);
        forEachBitThen(program.smeLanguages[s], tiers.anyLanguage, (language) => {
          const key = tiers.key(scope, category, language, filter);
          const value = categoryCost + (language === tiers.anyLanguage ? languageMismatchCost : 0) + this.leastPrice[key];
          if (value < offer.value) {
            offer.value = value;
            offer.tutor = this.leastTutor[key];
          }
        });
      }
    });
    return offer;
  }
}

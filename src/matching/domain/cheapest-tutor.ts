import type { TierLists } from './tier-lists.js';

export interface CheapestOffer {
  /** Least (pair cost without stay bonus + tutor price) over the SME's feasible tutors. */
  value: number;
  tutor: number;
}

/**
 * For given tutor prices, the cheapest feasible tutor of any SME, by tiers: each tier keeps
 * its least-priced tutor (the lowest index among equals), and an SME looks only at its own tiers.
 */
export class CheapestTutorFinder {
  private readonly topPrice: Float64Array;
  private readonly topTutor: Int32Array;

  constructor(
    private readonly lists: TierLists,
    tutorPrice: Float64Array,
  ) {
    this.topPrice = new Float64Array(lists.tierCount).fill(Infinity);
    this.topTutor = new Int32Array(lists.tierCount).fill(-1);
    const { tutorKind, kindTierStart, kindTier } = lists;
    for (let t = 0; t < tutorKind.length; t++) {
      for (let at = kindTierStart[tutorKind[t]]; at < kindTierStart[tutorKind[t] + 1]; at++) {
        const tier = kindTier[at];
        if (tutorPrice[t] < this.topPrice[tier]) {
          this.topPrice[tier] = tutorPrice[t];
          this.topTutor[tier] = t;
        }
      }
    }
  }

  cheapestFor(s: number): CheapestOffer {
    const { offerStart, offerTier, offerCost, smeKind } = this.lists;
    const kind = smeKind[s];
    const offer: CheapestOffer = { value: Infinity, tutor: -1 };
    for (let at = offerStart[kind]; at < offerStart[kind + 1]; at++) {
      const value = offerCost[at] + this.topPrice[offerTier[at]];
      if (value < offer.value) {
        offer.value = value;
        offer.tutor = this.topTutor[offerTier[at]];
      }
    }
    return offer;
  }
}

import type { TierLists } from './tier-lists.js';

export interface CheapestOffer {
  /** Least (pair cost without stay bonus + tutor price) over the SME's feasible tutors. */
  value: number;
  tutor: number;
}

/**
 * For given tutor prices, the cheapest feasible tutors of any SME, by tiers: each tier keeps
 * its `depth` least-priced tutors, and an SME looks only at its own tiers.
 */
export class CheapestTutorFinder {
  private readonly topPrice: Float64Array;
  private readonly topTutor: Int32Array;
  private readonly topCount: Uint8Array;

  constructor(
    private readonly lists: TierLists,
    tutorPrice: Float64Array,
    private readonly depth = 1,
  ) {
    const size = lists.tierCount;
    this.topPrice = new Float64Array(size * depth).fill(Infinity);
    this.topTutor = new Int32Array(size * depth).fill(-1);
    this.topCount = new Uint8Array(size);
    const { tutorStart, tutorTier } = lists;
    // Inserted by (price, index), every insertion appends and a full tier rejects at once; the
    // lists are the same as inserting by index, where equal prices also keep the lower index first.
    const byPrice = Int32Array.from({ length: tutorStart.length - 1 }, (_, t) => t)
      .filter((t) => tutorPrice[t] < Infinity)
      .sort((a, b) => tutorPrice[a] - tutorPrice[b] || a - b);
    for (const t of byPrice) {
      const price = tutorPrice[t];
      for (let at = tutorStart[t]; at < tutorStart[t + 1]; at++) this.insert(tutorTier[at], price, t);
    }
  }

  cheapestFor(s: number): CheapestOffer {
    const { offerStart, offerTier, offerCost, smeKind } = this.lists;
    const kind = smeKind[s];
    const offer: CheapestOffer = { value: Infinity, tutor: -1 };
    for (let at = offerStart[kind]; at < offerStart[kind + 1]; at++) {
      const top = offerTier[at] * this.depth;
      const value = offerCost[at] + this.topPrice[top];
      if (value < offer.value) {
        offer.value = value;
        offer.tutor = this.topTutor[top];
      }
    }
    return offer;
  }

  /**
   * Visits, in each of the SME's tiers, the kept tutors whose value is below `bound`: adding
   * many gaining pairs at once saves pricing rounds, which cost far more than the extra pairs.
   */
  forGainingTutors(s: number, bound: number, visit: (tutor: number) => void): void {
    const { offerStart, offerTier, offerCost, smeKind } = this.lists;
    const kind = smeKind[s];
    for (let at = offerStart[kind]; at < offerStart[kind + 1]; at++) {
      const tier = offerTier[at];
      const top = tier * this.depth;
      for (let j = 0; j < this.topCount[tier] && offerCost[at] + this.topPrice[top + j] < bound; j++) visit(this.topTutor[top + j]);
    }
  }

  private insert(tier: number, price: number, t: number): void {
    const { depth, topPrice, topTutor } = this;
    const top = tier * depth;
    let at = this.topCount[tier];
    if (at === depth) {
      if (price >= topPrice[top + depth - 1]) return;
      at--;
    } else {
      this.topCount[tier]++;
    }
    for (; at > 0 && topPrice[top + at - 1] > price; at--) {
      topPrice[top + at] = topPrice[top + at - 1];
      topTutor[top + at] = topTutor[top + at - 1];
    }
    topPrice[top + at] = price;
    topTutor[top + at] = t;
  }
}

import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { randomProgram } from '../testing/random-program.js';
import { CheapestTutorFinder } from './cheapest-tutor.js';
import { EncodedProgram } from './encoded-program.js';
import { DEFAULT_MATCHING_SETTINGS } from './matching-program.js';
import { geographyCosts, isFeasible, pairCost } from './pair-cost.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

describe('CheapestTutorFinder', () => {
  it('finds, by tiers, the least (pair cost + tutor price) over every feasible tutor, and a tutor that gives it', () => {
    const random = new SeededRandom(31);
    for (let round = 0; round < 100; round++) {
      const { tutors, smes } = randomProgram(random, 12, 20);
      const program = new EncodedProgram(tutors, smes.map((sme) => ({ ...sme, currentTutorId: null })), DEFAULT_MATCHING_SETTINGS);
      const geography = geographyCosts(program);
      const prices = Float64Array.from(tutors, () => random.int(-200, 50));
      const sut = new CheapestTutorFinder(new TierLists(new TierIndex(program)), prices);

      smes.forEach((_, s) => {
        const feasible = tutors.map((_, t) => t).filter((t) => isFeasible(program, t, s));
        const least = Math.min(...feasible.map((t) => pairCost(program, geography, t, s) + prices[t]));
        const offer = sut.cheapestFor(s);

        expect(offer.value).toBe(least);
        if (feasible.length === 0) return;
        expect(feasible).toContain(offer.tutor);
        expect(pairCost(program, geography, offer.tutor, s) + prices[offer.tutor]).toBe(least);
      });
    }
  });
});

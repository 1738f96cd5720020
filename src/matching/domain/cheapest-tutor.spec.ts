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
  it('finds, by tiers, the least (pair cost + tutor price) over every feasible tutor, and hands out only gaining tutors', () => {
    const random = new SeededRandom(31);
    for (let round = 0; round < 100; round++) {
      const { tutors, smes } = randomProgram(random, 12, 20);
      const program = new EncodedProgram(tutors, smes.map((sme) => ({ ...sme, currentTutorId: null })), DEFAULT_MATCHING_SETTINGS);
      const geography = geographyCosts(program);
      const prices = Float64Array.from(tutors, () => random.int(-200, 50));
      const sut = new CheapestTutorFinder(new TierLists(new TierIndex(program)), prices, 2);

      smes.forEach((_, s) => {
        const feasible = tutors.map((_, t) => t).filter((t) => isFeasible(program, t, s));
        const least = Math.min(...feasible.map((t) => pairCost(program, geography, t, s) + prices[t]));
        const bound = least + random.int(0, 40);
        const handedOut: number[] = [];
        sut.forGainingTutors(s, bound, (t) => handedOut.push(t));

        expect(sut.cheapestFor(s).value).toBe(least);
        handedOut.forEach((t) => expect(feasible.includes(t) && pairCost(program, geography, t, s) + prices[t] < bound).toBe(true));
        if (least < bound) expect(handedOut.length).toBeGreaterThan(0);
      });
    }
  });
});

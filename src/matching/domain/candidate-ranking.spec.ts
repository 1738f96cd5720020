import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { randomProgram } from '../testing/random-program.js';
import { CandidateRanking, compareIds } from './candidate-ranking.js';
import { EncodedProgram } from './encoded-program.js';
import { DEFAULT_MATCHING_SETTINGS } from './matching-program.js';
import { geographyCosts, isFeasible, pairCost } from './pair-cost.js';
import type { SmeNeeds } from './encoded-program.js';

describe('CandidateRanking', () => {
  it('ranks exactly as pricing every tutor would: the same tutors, costs and order by cost then id', () => {
    const random = new SeededRandom(14);
    let ranked = 0;
    for (let round = 0; round < 150; round++) {
      const { tutors, smes } = randomProgram(random, 30, 12);
      const program = new EncodedProgram(random.chance(0.5) ? tutors : [...tutors].reverse(), smes.map((sme) => ({ ...sme, currentTutorId: null })), DEFAULT_MATCHING_SETTINGS);
      const geography = geographyCosts(program);
      const freeSeat = Uint8Array.from(program.tutors, (tutor) => (tutor.maxSmes > 0 && random.chance(0.7) ? 1 : 0));
      const sut = new CandidateRanking(program.tutors);

      smes.forEach((_, s) => {
        const limit = random.int(1, 12);
        const bruteForce = program.tutors
          .map((tutor, t) => ({ t, id: tutor.id, cost: pairCost(program, geography, t, s) }))
          .filter(({ t }) => freeSeat[t] === 1 && isFeasible(program, t, s))
          .sort((a, b) => a.cost - b.cost || compareIds(a.id, b.id))
          .slice(0, limit)
          .map(({ t, cost }) => ({ tutor: t, cost }));
        expect(sut.cheapestFor(smes[s], DEFAULT_MATCHING_SETTINGS, limit, (t) => freeSeat[t] === 1)).toEqual(bruteForce);
        ranked += bruteForce.length;
      });
    }
    expect(ranked).toBeGreaterThan(1000);
  });

  it('leaves out tutors without a free seat and tutors that cannot reach the SME', () => {
    const sut = new CandidateRanking([
      { id: 'a-full', provinceCode: '32', regencyCode: '32.73', categories: ['fashion'], languages: ['id'], modes: ['in_person'], maxSmes: 3 },
      { id: 'b-online-only', provinceCode: '32', regencyCode: '32.73', categories: ['fashion'], languages: ['id'], modes: ['online'], maxSmes: 3 },
      { id: 'c-far', provinceCode: '31', regencyCode: '31.71', categories: ['fashion'], languages: ['id'], modes: ['online', 'in_person'], maxSmes: 3 },
      { id: 'd-fits', provinceCode: '32', regencyCode: '32.01', categories: ['food_beverage'], languages: ['su'], modes: ['in_person'], maxSmes: 2 },
    ]);
    const sme = { provinceCode: '32', regencyCode: '32.73', category: 'fashion', languages: ['id'], internetAccess: 'none' } satisfies SmeNeeds;

    expect(sut.cheapestFor(sme, DEFAULT_MATCHING_SETTINGS, 10, (t) => t !== 0)).toEqual([{ tutor: 3, cost: 20 + 15 + 25 }]);
  });

  it('ranks an SME of a regency, province, category and language no tutor has, and prices with the settings of the query', () => {
    const sut = new CandidateRanking([
      { id: 'a-jakarta', provinceCode: '31', regencyCode: '31.71', categories: ['fashion'], languages: ['id'], modes: ['online'], maxSmes: 3 },
      { id: 'b-surabaya', provinceCode: '35', regencyCode: '35.78', categories: ['crafts'], languages: ['jv'], modes: ['online'], maxSmes: 3 },
    ]);
    const inMalang = { provinceCode: '35', regencyCode: '35.07', category: 'agriculture', languages: ['jv', 'mad'], internetAccess: 'limited' } satisfies SmeNeeds;
    const inPapua = { provinceCode: '91', regencyCode: '91.01', category: 'fashion', languages: ['pap'], internetAccess: 'good' } satisfies SmeNeeds;
    const settings = { ...DEFAULT_MATCHING_SETTINGS, categoryMismatchCost: 1 };

    expect(sut.cheapestFor(inMalang, DEFAULT_MATCHING_SETTINGS, 10)).toEqual([{ tutor: 1, cost: 20 + 15 }, { tutor: 0, cost: 45 + 15 + 25 }]);
    expect(sut.cheapestFor(inPapua, settings, 10)).toEqual([{ tutor: 0, cost: 80 + 25 }, { tutor: 1, cost: 80 + 1 + 25 }]);
    expect(sut.cheapestFor({ ...inMalang, internetAccess: 'none' }, DEFAULT_MATCHING_SETTINGS, 10)).toEqual([]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { randomProgram } from '../testing/random-program.js';
import { CandidateRanking, compareIds } from './candidate-ranking.js';
import { EncodedProgram } from './encoded-program.js';
import { DEFAULT_MATCHING_SETTINGS } from './matching-program.js';
import { geographyCosts, isFeasible, pairCost } from './pair-cost.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

describe('CandidateRanking', () => {
  it('ranks exactly as pricing every tutor would: the same tutors, costs and order by cost then id', () => {
    const random = new SeededRandom(14);
    let ranked = 0;
    for (let round = 0; round < 150; round++) {
      const { tutors, smes } = randomProgram(random, 30, 12);
      const program = new EncodedProgram(random.chance(0.5) ? tutors : [...tutors].reverse(), smes.map((sme) => ({ ...sme, currentTutorId: null })), DEFAULT_MATCHING_SETTINGS);
      const geography = geographyCosts(program);
      const freeSeat = Uint8Array.from(program.tutors, (tutor) => (tutor.maxSmes > 0 && random.chance(0.7) ? 1 : 0));
      const sut = new CandidateRanking(new TierLists(new TierIndex(program)), (t) => freeSeat[t] === 1);

      smes.forEach((_, s) => {
        const limit = random.int(1, 12);
        const bruteForce = program.tutors
          .map((tutor, t) => ({ t, id: tutor.id, cost: pairCost(program, geography, t, s) }))
          .filter(({ t }) => freeSeat[t] === 1 && isFeasible(program, t, s))
          .sort((a, b) => a.cost - b.cost || compareIds(a.id, b.id))
          .slice(0, limit)
          .map(({ t, cost }) => ({ tutor: t, cost }));
        expect(sut.cheapestFor(s, limit)).toEqual(bruteForce);
        ranked += bruteForce.length;
      });
    }
    expect(ranked).toBeGreaterThan(1000);
  });

  it('leaves out tutors without a free seat and tutors that cannot reach the SME', () => {
    const program = new EncodedProgram(
      [
        { id: 'a-full', provinceCode: '32', regencyCode: '32.73', categories: ['fashion'], languages: ['id'], modes: ['in_person'], maxSmes: 3 },
        { id: 'b-online-only', provinceCode: '32', regencyCode: '32.73', categories: ['fashion'], languages: ['id'], modes: ['online'], maxSmes: 3 },
        { id: 'c-far', provinceCode: '31', regencyCode: '31.71', categories: ['fashion'], languages: ['id'], modes: ['online', 'in_person'], maxSmes: 3 },
        { id: 'd-fits', provinceCode: '32', regencyCode: '32.01', categories: ['food_beverage'], languages: ['su'], modes: ['in_person'], maxSmes: 2 },
      ],
      [{ id: 's', provinceCode: '32', regencyCode: '32.73', category: 'fashion', languages: ['id'], internetAccess: 'none', segment: 'traditional', needsContinuedMentoring: false, currentTutorId: null, pinned: false, sessionsLogged: false }],
      DEFAULT_MATCHING_SETTINGS,
    );
    const sut = new CandidateRanking(new TierLists(new TierIndex(program)), (t) => t !== 0);

    expect(sut.cheapestFor(0, 10)).toEqual([{ tutor: 3, cost: 20 + 15 + 25 }]);
  });
});

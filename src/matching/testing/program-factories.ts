import type { MatchSme, MatchTutor } from '../domain/matching-program.js';

let sequence = 0;

/** A tutor in Kota Bandung selling food, speaking Indonesian, online and in person, 3 SMEs. */
export function aTutor(overrides: Partial<MatchTutor> = {}): MatchTutor {
  return {
    id: `t${++sequence}`,
    provinceCode: '32',
    regencyCode: '32.73',
    categories: ['food_beverage'],
    languages: ['id'],
    modes: ['online', 'in_person'],
    maxSmes: 3,
    ...overrides,
  };
}

/** An SME in Kota Bandung selling food, speaking Indonesian, with good internet and no tutor yet. */
export function anSme(overrides: Partial<MatchSme> = {}): MatchSme {
  return {
    id: `s${++sequence}`,
    provinceCode: '32',
    regencyCode: '32.73',
    category: 'food_beverage',
    languages: ['id'],
    internetAccess: 'good',
    segment: 'digital_savvy',
    needsContinuedMentoring: false,
    currentTutorId: null,
    pinned: false,
    sessionsLogged: false,
    ...overrides,
  };
}

export const JAKARTA = { provinceCode: '31', regencyCode: '31.71' };
export const BOGOR = { provinceCode: '32', regencyCode: '32.01' };
export const MAKASSAR = { provinceCode: '73', regencyCode: '73.71' };

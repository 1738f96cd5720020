import type { MatchSme, MatchTutor, TutorMode } from '../domain/matching-program.js';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { aTutor, anSme } from './program-factories.js';

const PLACES = [
  { provinceCode: '32', regencyCode: '32.73' },
  { provinceCode: '32', regencyCode: '32.01' },
  { provinceCode: '31', regencyCode: '31.71' },
  { provinceCode: '73', regencyCode: '73.71' },
];
const CATEGORIES = ['food_beverage', 'fashion', 'handicraft'];
const LANGUAGES = ['id', 'su', 'jv'];
const MODES: TutorMode[][] = [['online'], ['in_person'], ['online', 'in_person'], []];

function someOf<T>(random: SeededRandom, items: readonly T[]): T[] {
  return items.filter(() => random.chance(0.4));
}

/** A small program of random shape, with current tutors and pins, for checks against exhaustive solves. */
export function randomProgram(random: SeededRandom, maxTutors: number, maxSmes: number): { tutors: MatchTutor[]; smes: MatchSme[] } {
  const tutors = Array.from({ length: random.int(0, maxTutors) }, () =>
    aTutor({ ...random.pick(PLACES), categories: someOf(random, CATEGORIES), languages: someOf(random, LANGUAGES), modes: random.pick(MODES), maxSmes: random.int(0, 3) }),
  );
  const smes = Array.from({ length: random.int(0, maxSmes) }, () => {
    const currentTutorId = tutors.length > 0 && random.chance(0.4) ? random.pick(tutors).id : null;
    return anSme({
      ...random.pick(PLACES),
      category: random.pick(CATEGORIES),
      languages: someOf(random, LANGUAGES),
      internetAccess: random.pick(['good', 'limited', 'none'] as const),
      segment: random.pick(['traditional', 'digital_savvy'] as const),
      needsContinuedMentoring: random.chance(0.2),
      currentTutorId,
      pinned: currentTutorId !== null && random.chance(0.15),
      sessionsLogged: currentTutorId !== null && random.chance(0.3),
    });
  });
  return { tutors, smes };
}

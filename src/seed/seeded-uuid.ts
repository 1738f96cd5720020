import type { SeededRandom } from '../matching/index.js';

const hex = (random: SeededRandom, digits: number): string =>
  Array.from({ length: digits }, () => random.int(0, 15).toString(16)).join('');

/** A version-4-shaped UUID drawn from the seeded generator, so the same seed gives the same ids. */
export const seededUuid = (random: SeededRandom): string =>
  `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[random.int(0, 3)]}${hex(random, 3)}-${hex(random, 12)}`;

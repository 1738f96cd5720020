import type { SeededRandom } from '../matching/index.js';

const DIGITS = '0123456789abcdef';

/** Hex digits drawn one at a time; a plain loop, since the national seed draws 250 million of them. */
function hex(random: SeededRandom, digits: number): string {
  let text = '';
  for (let i = 0; i < digits; i++) text += DIGITS[random.int(0, 15)];
  return text;
}

/** A version-4-shaped UUID drawn from the seeded generator, so the same seed gives the same ids. */
export const seededUuid = (random: SeededRandom): string =>
  `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[random.int(0, 3)]}${hex(random, 3)}-${hex(random, 12)}`;

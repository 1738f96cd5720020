import type { ProgramScale } from '../matching/index.js';

export interface SeedOptions {
  scale: ProgramScale;
  seed: number;
  /** Exit quietly, not with an error, when the database already holds a program. */
  skipIfSeeded: boolean;
}

export class SeedUsageError extends Error {
  override name = 'SeedUsageError';
}

const USAGE = 'usage: npm run seed -- --scale pilot|province --seed 1 [--skip-if-seeded]';

/**
 * The scales the seed writes to a database. The national program (2.7M rows, and their courses
 * and sessions) is built whole in memory before it is written, which takes more memory than a
 * Node process has by default; the bench generates it in memory instead.
 */
const SEEDABLE: readonly ProgramScale[] = ['pilot', 'province'];

export function parseSeedOptions(argv: string[]): SeedOptions {
  const options: SeedOptions = { scale: 'pilot', seed: 1, skipIfSeeded: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--skip-if-seeded') options.skipIfSeeded = true;
    else if (flag === '--scale' && SEEDABLE.includes(value as ProgramScale)) [options.scale, i] = [value as ProgramScale, i + 1];
    else if (flag === '--seed' && /^\d{1,9}$/.test(value ?? '')) [options.seed, i] = [Number(value), i + 1];
    else throw new SeedUsageError(`${flag === '--scale' ? `the seed writes the pilot or the province, not "${value ?? ''}"` : `unexpected "${flag}"`}; ${USAGE}`);
  }
  return options;
}

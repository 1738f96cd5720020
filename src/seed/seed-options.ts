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

const USAGE = 'usage: npm run seed -- --scale pilot|province|national --seed 1 [--skip-if-seeded]';

const SCALES: readonly ProgramScale[] = ['pilot', 'province', 'national'];

export function parseSeedOptions(argv: string[]): SeedOptions {
  const options: SeedOptions = { scale: 'pilot', seed: 1, skipIfSeeded: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--skip-if-seeded') options.skipIfSeeded = true;
    else if (flag === '--scale' && SCALES.includes(value as ProgramScale)) [options.scale, i] = [value as ProgramScale, i + 1];
    else if (flag === '--seed' && /^\d{1,9}$/.test(value ?? '')) [options.seed, i] = [Number(value), i + 1];
    else throw new SeedUsageError(`${flag === '--scale' ? `the scale is pilot, province or national, not "${value ?? ''}"` : `unexpected "${flag}"`}; ${USAGE}`);
  }
  return options;
}

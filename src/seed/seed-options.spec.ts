import { describe, expect, it } from '@jest/globals';
import { parseSeedOptions, SeedUsageError } from './seed-options.js';

describe('parseSeedOptions', () => {
  it('reads the documented command', () => {
    expect(parseSeedOptions(['--scale', 'pilot', '--seed', '7'])).toEqual({ scale: 'pilot', seed: 7, skipIfSeeded: false });
    expect(parseSeedOptions(['--skip-if-seeded'])).toEqual({ scale: 'pilot', seed: 1, skipIfSeeded: true });
    expect(parseSeedOptions(['--scale', 'province'])).toMatchObject({ scale: 'province' });
    expect(parseSeedOptions(['--scale', 'national'])).toMatchObject({ scale: 'national' });
  });

  it.each([[['--scale', 'planet']], [['--scale']], [['--seed', 'x']], [['--colour']]])('refuses %j with the usage', (argv) => {
    expect(() => parseSeedOptions(argv)).toThrow(SeedUsageError);
  });
});

import { describe, expect, it } from '@jest/globals';
import { runProcess } from '../support/run-process.js';
import { createTestDatabase } from '../support/test-database.js';

const bench = (env: NodeJS.ProcessEnv, ...args: string[]) => runProcess(process.execPath, ['dist/bench/system/system-bench.command.js', ...args], env);
const seed = (url: string) => runProcess(process.execPath, ['dist/seed/seed.command.js', '--scale', 'pilot', '--seed', '1'], { DATABASE_URL: url, LOG_LEVEL: 'warn' });

describe('npm run bench:system', () => {
  it.each([
    [['--scale', 'planet'], 'unexpected "--scale planet"'],
    [['--scale', 'pilot', '--seeded'], '--seeded needs DATABASE_URL'],
  ])('answers %j with one line and exit code 2', async (args, message) => {
    const result = await bench({ DATABASE_URL: '' }, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
  });

  it('runs the three rebalances and the reports on a database seeded before (--seeded), and prints its table', async () => {
    const database = await createTestDatabase();
    try {
      expect((await seed(database.url)).code).toBe(0);
      const result = await bench({ DATABASE_URL: database.url }, '--scale', 'pilot', '--seeded');
      expect(result.code).toBe(0);
      // A step's first row: the overview's latency comes before its requests per second.
      const cells = result.stdout.split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
      const figures = new Map([...cells].reverse().map(([, step, figure]) => [step, figure]));
      const details = new Map(cells.map((row) => [row[1], row[6]]));
      for (const step of ['first dry run', 'first applying run', 'run after the 1% change']) {
        expect(figures.get(step)).toMatch(/^\d+\.\d s$/);
        expect(details.get(step)).toMatch(/; peak RSS of the job's process at each phase's end: (none seen|[a-z]+ \d+\.\d GB(, [a-z]+ \d+\.\d GB)*);/);
      }
      for (const report of ['overview', 'coverage']) expect(figures.get(`GET /api/reports/${report}`)).toMatch(/^\d.* ms first, .* again; figures read up to /);
      for (const route of ['bare NestJS route', 'GET /api/me/mentor', 'GET /api/smes?limit=100']) expect(figures.get(route)).toMatch(/^[1-9]\d* req\/s$/);
      expect(figures.get('seed')).toBe('not measured');
    } finally {
      await database.drop();
    }
  });
});

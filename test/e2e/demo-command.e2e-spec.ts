import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runProcess } from '../support/run-process.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

/** `npm run demo` seeds with --skip-if-seeded, then serves: the seed step (built by `npm test`'s pretest) run as it runs there. */
const seedOnce = (url: string) =>
  runProcess(process.execPath, ['dist/seed/seed.command.js', '--scale', 'pilot', '--seed', '1', '--skip-if-seeded'], { DATABASE_URL: url, LOG_LEVEL: 'warn' });

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('npm run demo prints the demo accounts and their ids at every start', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('when it seeds, and again when it skips the seeding, alike', async () => {
    const first = await seedOnce(database.url);
    const second = await seedOnce(database.url);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stdout).toContain('seeding skipped');
    const accounts = (output: string) => output.split('\n').filter((line) => /^\s+(coordinator|tutor|sme)\s+login /.test(line));
    expect(accounts(first.stdout)).toHaveLength(4);
    expect(accounts(second.stdout)).toEqual(accounts(first.stdout));
    for (const login of ['demo.tutor', 'demo.sme ', 'demo.sme.mentored']) {
      expect(accounts(first.stdout).find((line) => line.includes(`login ${login}`))).toMatch(new RegExp(`(tutor|SME) ${UUID}`));
    }
  });
});

import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { migrate } from '../database/migrate.js';
import { programDataSource } from '../program-schema.js';
import { Tutor } from '../tutors/tutor.entity.js';
import { parseSeedOptions, SeedUsageError } from './seed-options.js';
import { printDemoAccounts, storedDemoAccounts } from './demo-accounts.js';
import { type SeedProgress, seedDemoProgram } from './seed-demo-program.js';

/** One line a step, and one each tenth of a table, with the seconds since the start. */
const printProgress = (startedAt: number): SeedProgress => {
  let lastTenth = -1;
  return (step, written, total) => {
    const tenth = total ? Math.floor((10 * (written ?? 0)) / total) : -1;
    if (total && tenth === lastTenth && written !== total) return;
    lastTenth = written === total ? -1 : tenth;
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(6);
    console.log(`${seconds} s  ${total ? `${step}: ${written} of ${total}` : step}`);
  };
};

async function main(): Promise<number> {
  const options = parseSeedOptions(process.argv.slice(2));
  const config = loadConfig();
  await migrate(config.database);
  const dataSource = await programDataSource(config.database).initialize();
  try {
    if ((await dataSource.getRepository(Tutor).count()) > 0) {
      console.log(options.skipIfSeeded ? 'The database already holds a program; seeding skipped.' : 'The database already holds a program: the seed fills an empty one only.');
      const accounts = await storedDemoAccounts(dataSource);
      if (accounts.length > 0) printDemoAccounts(accounts);
      return options.skipIfSeeded ? 0 : 1;
    }
    const accounts = await seedDemoProgram(dataSource, options, new Date(), printProgress(Date.now()));
    console.log(`Seeded the ${options.scale} program (seed ${options.seed}) into ${config.database.kind === 'sqlite' ? config.database.sqlitePath : 'PostgreSQL'}.`);
    printDemoAccounts(accounts);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof SeedUsageError ? error.message : error);
    process.exit(error instanceof SeedUsageError ? 2 : 1);
  },
);

import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { freePort } from '../../support/free-port.js';
import { createTestDatabase } from '../../support/test-database.js';
import { waitFor } from '../../support/wait-for.js';

const SERVER_ENTRY = 'dist/main.js';
const SEED_ENTRY = 'dist/seed/seed.command.js';
const PAGES_ENTRY = 'dist/client/index.html';

/** A demo account as the seed prints it; `note` names the linked tutor or SME and its id. */
export interface DemoAccount {
  role: string;
  login: string;
  password: string;
  note: string;
}

export interface ServedApp {
  baseUrl: string;
  /** The pilot seed's demo accounts, by login (`demo.coordinator`, `demo.tutor`, `demo.sme`, ...). */
  accounts: Record<string, DemoAccount>;
  /** What the server has written so far, to explain a failure. */
  output(): string;
  close(): Promise<void>;
}

function run(entry: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [entry, ...args], { env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** `npm run seed -- --scale pilot --seed 1`, returning the accounts it prints. */
async function seedPilot(env: NodeJS.ProcessEnv): Promise<Record<string, DemoAccount>> {
  const seed = run(SEED_ENTRY, ['--scale', 'pilot', '--seed', '1'], env);
  const [code] = (await once(seed.child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`The pilot seed failed (${code}):\n${seed.output()}`);
  const accounts: Record<string, DemoAccount> = {};
  for (const [, role, login, password, note] of seed.output().matchAll(/^\s+(\w+)\s+login (\S+)\s+password (\S+)\s+(.*)$/gm)) {
    accounts[login] = { role, login, password, note };
  }
  return accounts;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The built server (`node dist/main.js`, workers in-process) on a free port, on a fresh database
 * seeded by the pilot seed, with the local Redis and queues of its own.
 */
export async function startServedApp(): Promise<ServedApp> {
  for (const entry of [SERVER_ENTRY, SEED_ENTRY, PAGES_ENTRY]) {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first (npm test does)`);
  }
  const database = await createTestDatabase();
  const port = await freePort();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `browser-${randomBytes(6).toString('hex')}`,
    JWT_SECRET: 'browser-test-secret-of-at-least-thirty-two-characters',
    LOGIN_RATE_LIMIT: '1000',
    LOG_LEVEL: 'warn',
    PORT: String(port),
  };
  let server: ReturnType<typeof run> | undefined;
  const close = async () => {
    if (server) await stop(server.child);
    await database.drop();
  };
  try {
    const accounts = await seedPilot(env);
    server = run(SERVER_ENTRY, [], env);
    const started = server;
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(async () => {
      if (started.child.exitCode !== null) throw new Error(`The server exited (${started.child.exitCode}):\n${started.output()}`);
      return fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    }, 'the served app to answer /health', 60_000);
    return { baseUrl, accounts, output: started.output, close };
  } catch (error) {
    await close();
    throw error;
  }
}

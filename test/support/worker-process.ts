import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';

const WORKER_ENTRY = 'dist/worker.js';
const API_ENTRY = 'dist/main.js';

/** A project entry point running as a child process. */
export interface NodeProcess {
  process: ChildProcess;
  output: () => string;
  /** Sends a signal and waits for the process to exit; returns its exit code (null when killed). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** `npm run start:worker` as a real child process, so a test can kill it the way an outage would. */
export function spawnWorker(env: NodeJS.ProcessEnv): NodeProcess {
  return spawnEntry(WORKER_ENTRY, env);
}

/** `npm start` (the API, with workers unless `WORKERS=false`) as a real child process. */
export function spawnApi(env: NodeJS.ProcessEnv): NodeProcess {
  return spawnEntry(API_ENTRY, env);
}

function spawnEntry(entry: string, env: NodeJS.ProcessEnv): NodeProcess {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first (npm test does)`);
  const child = spawn(process.execPath, [entry], { env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return {
    process: child,
    output: () => output,
    async stop(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill(signal);
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}

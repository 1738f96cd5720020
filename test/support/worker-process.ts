import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';

const WORKER_ENTRY = 'dist/worker.js';

export interface WorkerProcess {
  process: ChildProcess;
  output: () => string;
  /** Sends a signal and waits for the process to exit; returns its exit code (null when killed). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** `npm run start:worker` as a real child process, so a test can kill it the way an outage would. */
export function spawnWorker(env: NodeJS.ProcessEnv): WorkerProcess {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`${WORKER_ENTRY} is missing: run npm run build first (npm test does)`);
  const child = spawn(process.execPath, [WORKER_ENTRY], { env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

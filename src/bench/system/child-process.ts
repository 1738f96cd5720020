import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { timedGet } from './http-load.js';

/** Peak resident memory of a live process, in MB (VmHWM from /proc), or 0 once it has gone. */
function peakResidentMb(pid: number | undefined): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** A child process of the bench, its output prefixed on stderr, its peak memory read every half second while it lives. */
export class BenchProcess {
  readonly child: ChildProcess;
  private peak = 0;
  private readonly watch: NodeJS.Timeout;
  readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.on('data', (chunk: Buffer) => process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `)));
    }
    this.watch = setInterval(() => (this.peak = Math.max(this.peak, peakResidentMb(this.child.pid))), 500);
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    void this.exited.then(() => clearInterval(this.watch));
  }

  peakMb(): number {
    return Math.max(this.peak, peakResidentMb(this.child.pid));
  }

  /** Waits until GET `path` on the port answers 200. */
  async ready(port: number, path: string, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`${this.name} exited with code ${this.child.exitCode}`);
      if (await timedGet({ port, path }).then(() => true, () => false)) return;
      if (Date.now() > deadline) throw new Error(`${this.name} did not answer ${path} within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async stop(): Promise<void> {
    this.peak = this.peakMb();
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}

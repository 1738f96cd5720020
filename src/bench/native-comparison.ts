import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MatchingInstance, solveMatching } from '../matching/index.js';
import { instanceDimacs, instanceJson } from './instance-formats.js';
import { median } from './scale-run.js';

/** LEMON's command-line solver (Debian package liblemon-utils): network simplex on a DIMACS file. */
const LEMON = 'dimacs-solver';
const MATCH_COMMAND = fileURLToPath(new URL('../matching/cli/match.command.js', import.meta.url));
/** Each solver runs this many times, the three in turn, and the medians are given: the machine is shared. */
const REPEATS = Number(process.env.BENCH_GENERIC_REPEATS ?? 3);

export interface NativeComparison {
  name: string;
  edges: number;
  inProcessMs: number;
  commandMs: number;
  /** NaN when LEMON is not installed. */
  lemonMs: number;
  objective: number;
  commandObjective: number;
  lemonObjective: number;
}

export const LEMON_MISSING_NOTE = `${LEMON} is not installed (apt-get install -y liblemon-utils): the comparison with LEMON is skipped.`;

export function lemonInstalled(): boolean {
  return !spawnSync(LEMON, ['--help'], { encoding: 'utf8' }).error;
}

/**
 * One instance solved in this process, by the match command as a whole process (reading its
 * JSON file), and by LEMON's whole process on the same problem in DIMACS form, side by side.
 */
export function compareWithLemon(name: string, instance: MatchingInstance, withLemon: boolean): NativeComparison {
  const folder = mkdtempSync(join(tmpdir(), 'bench-generic-'));
  try {
    const jsonFile = join(folder, 'instance.json');
    const dimacsFile = join(folder, 'instance.dmx');
    writeFileSync(jsonFile, instanceJson(instance));
    if (withLemon) writeFileSync(dimacsFile, instanceDimacs(instance));
    const samples = { inProcess: [] as number[], command: [] as number[], lemon: [] as number[] };
    let objective = NaN;
    let commandObjective = NaN;
    let lemonObjective = NaN;
    for (let round = 0; round < REPEATS; round++) {
      const start = performance.now();
      objective = solveMatching(instance).objective;
      samples.inProcess.push(performance.now() - start);
      const command = timed(process.execPath, [MATCH_COMMAND, jsonFile]);
      samples.command.push(command.ms);
      commandObjective = (JSON.parse(command.stdout) as { objective: number }).objective;
      if (!withLemon) continue;
      const lemon = timed(LEMON, [dimacsFile]);
      samples.lemon.push(lemon.ms);
      lemonObjective = Number(/Min flow cost: (-?\d+)/.exec(lemon.stderr)?.[1] ?? NaN);
    }
    return { name, edges: instance.edgeTutor.length, inProcessMs: median(samples.inProcess), commandMs: median(samples.command),
      lemonMs: withLemon ? median(samples.lemon) : NaN, objective, commandObjective, lemonObjective };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function timed(command: string, args: string[]): { ms: number; stdout: string; stderr: string } {
  const start = performance.now();
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr.trim().split('\n').slice(-1)[0]}`);
  // LEMON reports on standard error.
  return { ms, stdout: child.stdout, stderr: child.stderr };
}

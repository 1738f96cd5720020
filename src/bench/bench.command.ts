import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProgramScale } from '../matching/index.js';
import { benchTable, candidatesTable } from './bench-table.js';
import { CANDIDATES_NOTE, runCandidates, type CandidatesResult } from './candidates-run.js';
import { compareWithHighs, orLibraryRuns, provinceGenericInstance } from './generic-run.js';
import { runScale, type ScaleResult, type UnfinishedScale, WARM_UP_NOTE } from './scale-run.js';

const SEED = 2020;
/** `BENCH_SCALES=pilot,province` leaves the national scale out on a busy machine. */
const SCALES = (process.env.BENCH_SCALES ?? 'pilot,province,national').split(',') as ProgramScale[];
/** A folder holding OR-Library's assignment files; without it the bench skips them. */
const OR_LIBRARY = process.env.BENCH_ORLIB_DIR;

/** A scale that has not finished by then is reported as such, so the bench always ends. */
const SCALE_TIME_LIMIT_MS = Number(process.env.BENCH_SCALE_LIMIT_S ?? 600) * 1000;

/** Each scale runs in its own process, so its peak memory is its own; the candidate lists in another one. */
function runApart<R>(what: '--scale' | '--candidates', scale: ProgramScale): R | UnfinishedScale {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), what, scale], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: SCALE_TIME_LIMIT_MS,
  });
  if (child.status === 0) return JSON.parse(child.stdout) as R;
  const reason = child.signal ? `not finished within ${SCALE_TIME_LIMIT_MS / 1000} s` : child.stderr.trim().split('\n').slice(-1)[0];
  return { scale, unfinished: reason };
}

async function main(): Promise<void> {
  const scaleAt = process.argv.indexOf('--scale');
  if (scaleAt >= 0) {
    process.stdout.write(JSON.stringify(runScale(process.argv[scaleAt + 1] as ProgramScale, SEED)));
    return;
  }
  const candidatesAt = process.argv.indexOf('--candidates');
  if (candidatesAt >= 0) {
    process.stdout.write(JSON.stringify(runCandidates(process.argv[candidatesAt + 1] as ProgramScale, SEED)));
    return;
  }
  const scales = SCALES.map((scale) => runApart<ScaleResult>('--scale', scale));
  const candidates = SCALES.map((scale) => runApart<CandidatesResult>('--candidates', scale));
  const generic = [await compareWithHighs('generic province (20 cheapest per SME)', provinceGenericInstance(SEED)), ...(OR_LIBRARY ? orLibraryRuns(OR_LIBRARY) : [])];
  console.log(WARM_UP_NOTE);
  console.log(benchTable(scales, generic));
  console.log(CANDIDATES_NOTE);
  console.log(candidatesTable(candidates));
}

await main();

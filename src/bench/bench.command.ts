import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProgramScale } from '../matching/index.js';
import { benchTable, candidatesRouteTable, candidatesTable, nativeTable } from './bench-table.js';
import { CANDIDATES_ROUTE_NOTE, type CandidatesRouteResult, runCandidatesRoute } from './candidates-route.js';
import { CANDIDATES_NOTE, runCandidates, type CandidatesResult } from './candidates-run.js';
import { compareWithHighs, orLibraryRuns, provinceGenericInstance } from './generic-run.js';
import { spreadCostsInstance, wideCostsInstance } from './generic-shapes.js';
import { compareWithLemon, LEMON_MISSING_NOTE, lemonInstalled } from './native-comparison.js';
import { runScale, type ScaleResult, type UnfinishedScale, WARM_UP_NOTE } from './scale-run.js';

const SEED = 2020;
/** `BENCH_SCALES=pilot,province` leaves the national scale out on a busy machine. */
const SCALES = (process.env.BENCH_SCALES ?? 'pilot,province,national').split(',') as ProgramScale[];
/** A folder holding OR-Library's assignment files; without it the bench skips them. */
const OR_LIBRARY = process.env.BENCH_ORLIB_DIR;

/** A scale that has not finished by then is reported as such, so the bench always ends. */
const SCALE_TIME_LIMIT_MS = Number(process.env.BENCH_SCALE_LIMIT_S ?? 600) * 1000;
/** The route's national line seeds 2.7 million rows into SQLite first, with the seed command's heap. */
const NATIONAL_ROUTE = { limitMs: 3 * SCALE_TIME_LIMIT_MS, heap: '--max-old-space-size=12288' };

/** Each scale runs in its own process, so its peak memory is its own; the candidate lists in another one. */
function runApart<R>(what: '--scale' | '--candidates' | '--candidates-route', scale: ProgramScale): R | UnfinishedScale {
  const seedsNational = what === '--candidates-route' && scale === 'national';
  const limitMs = seedsNational ? NATIONAL_ROUTE.limitMs : SCALE_TIME_LIMIT_MS;
  const child = spawnSync(process.execPath, [...process.execArgv, ...(seedsNational ? [NATIONAL_ROUTE.heap] : []), fileURLToPath(import.meta.url), what, scale], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: limitMs,
  });
  if (child.status === 0) return JSON.parse(child.stdout) as R;
  const reason = child.signal ? `not finished within ${limitMs / 1000} s` : child.stderr.trim().split('\n').slice(-1)[0];
  return { scale, unfinished: reason };
}

/** The generic command on three shapes of province-scale instance, beside LEMON when it is installed. */
function genericShapesSection(): void {
  const withLemon = lemonInstalled();
  if (!withLemon) console.log(LEMON_MISSING_NOTE);
  const shapes = [
    compareWithLemon('tiered costs (20 cheapest per SME)', provinceGenericInstance(SEED), withLemon),
    compareWithLemon('spread costs (20 random per SME)', spreadCostsInstance(SEED), withLemon),
    compareWithLemon('wide costs with negatives (20 random per SME)', wideCostsInstance(SEED), withLemon),
  ];
  console.log(GENERIC_SHAPES_NOTE);
  console.log(nativeTable(shapes));
}

/** The candidates route served over HTTP on each seeded scale, each in a process of its own. */
function candidatesRouteSection(): void {
  const routes = SCALES.map((scale) => runApart<CandidatesRouteResult>('--candidates-route', scale));
  console.log(CANDIDATES_ROUTE_NOTE);
  console.log(candidatesRouteTable(routes));
}

const GENERIC_SHAPES_NOTE =
  'Generic shapes at province scale (10,000 tutors, 30,000 SMEs, 20 edges per SME): the solver in this process, the match command ' +
  'and LEMON\'s dimacs-solver as whole processes on the same instance (JSON and DIMACS files), run in turn; medians of ' +
  `${process.env.BENCH_GENERIC_REPEATS ?? 3} rounds (BENCH_GENERIC_REPEATS).`;

async function main(): Promise<void> {
  const scaleAt = process.argv.indexOf('--scale');
  if (scaleAt >= 0) {
    process.stdout.write(JSON.stringify(runScale(process.argv[scaleAt + 1] as ProgramScale, SEED)));
    return;
  }
  const section = process.argv.includes('--section') ? process.argv[process.argv.indexOf('--section') + 1] : undefined;
  if (section === 'generic') {
    genericShapesSection();
    return;
  }
  if (section === 'route') {
    candidatesRouteSection();
    return;
  }
  const routeAt = process.argv.indexOf('--candidates-route');
  if (routeAt >= 0) {
    process.stdout.write(JSON.stringify(await runCandidatesRoute(process.argv[routeAt + 1] as ProgramScale, SEED)));
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
  candidatesRouteSection();
  genericShapesSection();
}

await main();

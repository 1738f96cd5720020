import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { freePort } from '../../common/free-port.js';
import { loadConfig } from '../../config/app-config.js';
import { programDataSource } from '../../program-schema.js';
import { DEMO_LOGINS } from '../../seed/demo-accounts.js';
import { ms, table } from '../bench-table.js';
import { ApiClient } from './api-client.js';
import { BenchProcess } from './child-process.js';
import { freshDatabase } from './fresh-database.js';
import { type Endpoint, percentile, requestsPerSecond, sampleLatencies } from './http-load.js';
import { onePercentChange } from './one-percent-change.js';

const SCALES = ['pilot', 'province', 'national'];
const USAGE =
  'usage: npm run bench:system -- --scale pilot|province|national [--seeded] (PostgreSQL by DATABASE_URL, SQLite by default; --seeded runs on the database DATABASE_URL names, already seeded at that scale, and leaves it changed)';
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function optionsOf(argv: string[]): { scale: string; seeded: boolean } {
  const at = argv.indexOf('--scale');
  const scale = at >= 0 ? argv[at + 1] : undefined;
  const seeded = argv.includes('--seeded');
  if (argv.length !== (seeded ? 3 : 2) || !scale || !SCALES.includes(scale)) throw new UsageError(`unexpected ${JSON.stringify(argv.join(' '))}; ${USAGE}`);
  if (seeded && !process.env.DATABASE_URL) throw new UsageError(`--seeded needs DATABASE_URL; ${USAGE}`);
  return { scale, seeded };
}

class UsageError extends Error {}

type RunState = { status: string; phase: string | null; error?: string; summary?: Record<string, number> };

/** A phase as the polls first saw it, with the peak memory the process running the job had reached by then. */
interface Sighting {
  phase: string;
  at: number;
  peakMb: number;
}

/** Seconds in each phase of a run, from the phase a poll first saw to the next one's first sighting. */
function phaseTimes(sightings: Sighting[], end: number): Record<string, number> {
  const times: Record<string, number> = {};
  sightings.forEach(({ phase, at }, i) => (times[phase] = (times[phase] ?? 0) + ((sightings[i + 1]?.at ?? end) - at)));
  return times;
}

/** The job process's peak memory by the end of each phase (the next phase's sighting): where it climbs is where a run holds most. */
const peaksByPhase = (sightings: Sighting[]): string =>
  sightings
    .slice(0, -1)
    .map(({ phase }, i) => `${phase} ${(sightings[i + 1].peakMb / 1024).toFixed(1)} GB`)
    .join(', ') || 'none seen';

/**
 * One rebalance from its request to `completed`, with the API's latencies from a second client
 * meanwhile, and the time in each phase as polls every 100 ms see it: the engine's share is the
 * time spent solving and diffing, in the solve thread.
 */
async function timedRun(coordinator: ApiClient, mentor: Endpoint, jobs: BenchProcess, dryRun: boolean) {
  const sampler = sampleLatencies(mentor);
  const started = performance.now();
  const { id } = await coordinator.call<{ id: string }>('POST', '/api/rebalances', { dryRun });
  const sightings: Sighting[] = [];
  let run: RunState;
  do {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = await coordinator.call<RunState>('GET', `/api/rebalances/${id}`);
    const phase = run.phase ?? run.status;
    if (sightings.at(-1)?.phase !== phase) sightings.push({ phase, at: performance.now(), peakMb: jobs.peakMb() });
  } while (run.status === 'queued' || run.status === 'running');
  const elapsed = performance.now() - started;
  const latencies = await sampler.stop();
  if (run.status !== 'completed') throw new Error(`rebalance ${id} ended ${run.status}: ${run.error}`);
  const phases = phaseTimes(sightings.filter((s) => s.phase !== 'completed'), sightings.at(-1)!.at);
  const engine = (phases.solving ?? 0) + (phases.diffing ?? 0);
  return { elapsed, engine, phases, peaks: peaksByPhase(sightings), p50: percentile(latencies, 50), p99: percentile(latencies, 99), samples: latencies.length, summary: run.summary };
}

/** A report's first answer after the runs' writes, then the median of five more, and how old the oldest figures served were. */
async function reportLatency(coordinator: ApiClient, path: string) {
  const read = async () => {
    const started = performance.now();
    const { computedAt } = await coordinator.call<{ computedAt: string }>('GET', path);
    return { took: performance.now() - started, age: Date.now() - Date.parse(computedAt) };
  };
  const first = await read();
  const again: Awaited<ReturnType<typeof read>>[] = [];
  for (let i = 0; i < 5; i++) again.push(await read());
  const oldest = Math.max(first.age, ...again.map((r) => r.age));
  return `${ms(first.took)} first, ${ms(percentile(again.map((r) => r.took), 50))} again; figures read up to ${ms(oldest)} before`;
}

async function main(): Promise<void> {
  const { scale, seeded } = optionsOf(process.argv.slice(2));
  const PORTS = { api: await freePort(), bare: await freePort() };
  const database = seeded ? { url: process.env.DATABASE_URL!, drop: async () => undefined } : await freshDatabase(process.env.DATABASE_URL);
  const kind = database.url.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL';
  const env = { DATABASE_URL: database.url, QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`, JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn' };
  const processes: BenchProcess[] = [];
  const rows: string[][] = [];
  const row = (step: string, figure: string, detail = '', engine = '', p50 = '', p99 = '') => rows.push([step, figure, engine, p50, p99, detail]);
  try {
    if (seeded) row('seed', 'not measured', 'the database was seeded before the bench (--seeded)');
    else {
      log(`seeding the ${scale} program into a fresh ${kind} database`);
      const seedStarted = performance.now();
      const seed = new BenchProcess('seed', ['--max-old-space-size=12288', 'dist/seed/seed.command.js', '--scale', scale, '--seed', '1'], env);
      if ((await seed.exited) !== 0) throw new Error('the seed failed');
      row('seed', seconds(performance.now() - seedStarted), `peak RSS ${Math.round(seed.peakMb())} MB`);
    }

    // PostgreSQL: the API apart and a worker beside it. SQLite: one process, as `npm start` runs
    // (a second process writing the same file fails requests with "database is locked").
    const separateWorker = kind === 'PostgreSQL';
    const api = new BenchProcess('api', ['dist/main.js'], { ...env, PORT: String(PORTS.api), WORKERS: String(!separateWorker) });
    const worker = separateWorker ? new BenchProcess('worker', ['dist/worker.js'], env) : undefined;
    const bare = new BenchProcess('bare', ['dist/bench/system/bare-app.js'], { PORT: String(PORTS.bare) });
    processes.push(api, ...(worker ? [worker] : []), bare);
    const jobs = worker ?? api;
    await Promise.all([api.ready(PORTS.api, '/health'), bare.ready(PORTS.bare, '/bare')]);
    const anonymous = new ApiClient(PORTS.api);
    const coordinator = await anonymous.signedIn(DEMO_LOGINS.coordinator.login, DEMO_LOGINS.coordinator.password);
    const sme = await anonymous.signedIn(DEMO_LOGINS.mentoredSme.login, DEMO_LOGINS.mentoredSme.password);
    // Event-triggered runs would start on their own after the change: the bench asks for each run itself.
    await coordinator.call('PATCH', '/api/settings', { schedule: { eventDebounceSeconds: 3600 } });
    const mentor: Endpoint = { port: PORTS.api, path: '/api/me/mentor', token: sme.bearer };

    const runRow = (name: string, r: Awaited<ReturnType<typeof timedRun>>) => {
      const phases = Object.entries(r.phases).map(([phase, time]) => `${phase} ${seconds(time)}`).join(', ');
      row(name, seconds(r.elapsed), `${phases}; peak RSS of the job's process at each phase's end: ${r.peaks}; ${r.samples} requests meanwhile; ${JSON.stringify(r.summary)}`, `${seconds(r.engine)} (${Math.round((100 * r.engine) / r.elapsed)}%)`, ms(r.p50), ms(r.p99));
    };
    log('first dry run');
    runRow('first dry run', await timedRun(coordinator, mentor, jobs, true));
    log('first applying run');
    runRow('first applying run', await timedRun(coordinator, mentor, jobs, false));
    log('the 1% change through the API');
    const dataSource = await programDataSource(loadConfig({ ...process.env, ...env }).database).initialize();
    const changeStarted = performance.now();
    const change = await onePercentChange(dataSource, coordinator).finally(() => dataSource.destroy());
    row('1% change (API)', seconds(performance.now() - changeStarted), `${change.graduated} SMEs graduated, ${change.enrolled} enrolled, ${change.left} tutors left`);
    log('run after the change');
    runRow('run after the 1% change', await timedRun(coordinator, mentor, jobs, false));

    log('requests per second and reports');
    const overview = { port: PORTS.api, path: '/api/reports/overview', token: coordinator.bearer };
    const bareRps = await requestsPerSecond({ port: PORTS.bare, path: '/bare' });
    row('bare NestJS route', `${Math.round(bareRps)} req/s`, '10 connections, 5 s');
    const rpsRow = async (endpoint: Endpoint) => {
      const rps = await requestsPerSecond(endpoint);
      row(`GET ${endpoint.path}`, `${Math.round(rps)} req/s`, `${(rps / bareRps).toFixed(2)} of the bare route`);
    };
    await rpsRow(mentor);
    await rpsRow({ ...overview, path: '/api/smes?limit=100' });
    // After the routes above, so a report read in the background does not load the machine under them.
    for (const path of ['/api/reports/overview', '/api/reports/coverage']) row(`GET ${path}`, await reportLatency(coordinator, path));
    await rpsRow(overview);
    const workerPeak = worker ? `worker ${Math.round(worker.peakMb())} MB` : 'the API process runs the jobs too';
    row('peak RSS', `api ${Math.round(api.peakMb())} MB`, `${workerPeak}; bare route ${Math.round(bare.peakMb())} MB`);
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await database.drop();
  }
  console.log(`System bench, ${scale} on ${kind}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(table(['step', 'figure', "engine's share", 'API p50', 'API p99', 'detail'], rows));
  console.log(
    "The engine's share: the time a run spent solving and diffing (in its solve thread), as polls of GET /api/rebalances/:id every 100 ms saw its phases; the detail gives every phase, from the request (queued) to completed. API p50 and p99: GET /api/me/mentor from a second client during the run.",
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);

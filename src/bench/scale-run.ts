import { ISLAND_GROUPS, islandGroupOf } from '../regions/island-group.js';
import {
  checkCertificate,
  DEFAULT_MATCHING_SETTINGS,
  generateProgram,
  type MatchingSettings,
  type MatchSme,
  type MatchTutor,
  planRebalance,
  type ProgramChange,
  type ProgramScale,
  RebalanceEngine,
  type RebalancePlan,
} from '../matching/index.js';
import { changedProgram } from './program-change.js';

export interface ScaleResult {
  scale: ProgramScale;
  tutors: number;
  smes: number;
  scratchMs: number;
  /** Making the first plan the program's current pairs (RebalanceEngine.apply), before the change. */
  applyMs: number;
  /** The change re-solved as edits of the applied plan's network (RebalanceEngine.replan): the moves and the objective. */
  incrementalMs: number;
  /** Whether the change could be made as edits (otherwise the program was built again, warm). */
  edited: boolean;
  /** The re-solved plan read whole, with its certificate (RebalanceEngine.currentPlan). */
  fullPlanMs: number;
  changedScratchMs: number;
  peakRssMb: number;
  objective: number;
  certified: boolean;
  matchedShare: Record<string, number>;
}

export interface UnfinishedScale {
  scale: ProgramScale;
  unfinished: string;
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/** Warm-up programs' seeds start here: different from the measured one and from the change's newcomers (seed + 1). */
const WARM_UP_SEED_OFFSET = 1000;
/** The JIT settles only after a few dozen pilot-sized plans (throwaway runs: 83, 47, 22 ... ms for the first, 7 to 12 ms from about the 20th). */
const WARM_UP_SOLVES = 30;
/**
 * Scales solved in well under a second are measured this many times over, each time from a
 * fresh engine, and given by the medians: one sample of a few milliseconds is mostly noise
 * on a shared machine. The national scale is measured once.
 */
const SMALL_SCALE_RUNS = 7;

export const WARM_UP_NOTE =
  `Each scale runs in a fresh process and is timed after ${WARM_UP_SOLVES} warm-up rounds (plan, apply, change) of different programs ` +
  '(pilots of other seeds, plans dropped), so the JIT has compiled the engine; no plan or price carries over. ' +
  `Pilot and province times are the medians of ${SMALL_SCALE_RUNS} runs, each from a fresh engine; national is one run. ` +
  'Incremental: the first plan applied (its time given apart), then the change re-solved as edits of the solved network; ' +
  'the re-solved plan read whole, with its certificate, is timed apart too. Plans are certified by the independent checker (untimed).';

type ScaleRun = Omit<ScaleResult, 'peakRssMb'>;

/**
 * One scale end to end: from scratch, then the plan applied and the incremental re-solve
 * after a small change, then the changed program from scratch. A fresh process would
 * otherwise time the engine's compilation: rounds of plan, apply and change on different,
 * pilot-sized programs first (their plans are dropped) warm the JIT and nothing else.
 */
export function runScale(scale: ProgramScale, seed: number): ScaleResult {
  const settings = DEFAULT_MATCHING_SETTINGS;
  for (let i = 0; i < WARM_UP_SOLVES; i++) {
    const warmUp = generateProgram({ scale: 'pilot', seed: seed + WARM_UP_SEED_OFFSET + i });
    const engine = new RebalanceEngine(settings);
    const plan = engine.plan(warmUp.tutors, warmUp.smes);
    engine.apply();
    engine.replan(changedProgram(warmUp.tutors, warmUp.smes, plan, seed).change);
  }
  const runs = Array.from({ length: scale === 'national' ? 1 : SMALL_SCALE_RUNS }, () => runOnce(scale, seed, settings));
  const medianOf = (field: 'scratchMs' | 'applyMs' | 'incrementalMs' | 'fullPlanMs' | 'changedScratchMs') => median(runs.map((run) => run[field]));
  return {
    ...runs[0],
    scratchMs: medianOf('scratchMs'),
    applyMs: medianOf('applyMs'),
    incrementalMs: medianOf('incrementalMs'),
    fullPlanMs: medianOf('fullPlanMs'),
    changedScratchMs: medianOf('changedScratchMs'),
    edited: runs.every((run) => run.edited),
    certified: runs.every((run) => run.certified),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function runOnce(scale: ProgramScale, seed: number, settings: MatchingSettings): ScaleRun {
  const { first, second, next } = engineRounds(scale, seed, settings);
  const [fresh, changedScratchMs] = timed(() => planRebalance(next.tutors, next.smes, settings));
  return {
    scale,
    tutors: first.tutors,
    smes: first.smes,
    scratchMs: first.scratchMs,
    applyMs: first.applyMs,
    incrementalMs: second.incrementalMs,
    edited: second.edited,
    fullPlanMs: second.fullPlanMs,
    changedScratchMs,
    objective: first.objective,
    certified: first.certified && second.certified && second.objectives.every((objective) => objective === fresh.objective),
    matchedShare: first.matchedShare,
  };
}

/** Both rounds on one engine, which is dropped before the changed program is solved from scratch. */
function engineRounds(scale: ProgramScale, seed: number, settings: MatchingSettings) {
  const engine = new RebalanceEngine(settings);
  const { next, ...first } = firstRound(engine, scale, seed, settings);
  return { first, next, second: changedRound(engine, next.change, next.tutors, next.smes, settings) };
}

/**
 * The program's first plan, timed and checked, then applied (timed apart). The change is
 * drawn from the applied plan after that, as the rebalance job reads its next snapshot after
 * applying; the first program and its plan are dropped before the change is re-solved.
 */
function firstRound(engine: RebalanceEngine, scale: ProgramScale, seed: number, settings: MatchingSettings) {
  const { tutors, smes } = generateProgram({ scale, seed });
  const [plan, scratchMs] = timed(() => engine.plan(tutors, smes));
  const certified = checkCertificate(tutors, smes, settings, plan).ok;
  const matchedShare = matchedShareByIslandGroup(smes, plan);
  const [, applyMs] = timed(() => engine.apply());
  const next = changedProgram(tutors, smes, plan, seed);
  return { next, tutors: tutors.length, smes: smes.length, scratchMs, applyMs, objective: plan.objective, certified, matchedShare };
}

/** The change re-solved (timed), then read whole (timed apart) and checked; the engine is dropped after. */
function changedRound(engine: RebalanceEngine, change: ProgramChange, tutors: MatchTutor[], smes: MatchSme[], settings: MatchingSettings) {
  const [replan, incrementalMs] = timed(() => engine.replan(change));
  const [plan, fullPlanMs] = timed(() => engine.currentPlan());
  const certified = checkCertificate(tutors, smes, settings, plan).ok;
  return { incrementalMs, fullPlanMs, edited: replan.edited, certified, objectives: [replan.objective, plan.objective] };
}

function matchedShareByIslandGroup(smes: MatchSme[], plan: RebalancePlan): Record<string, number> {
  const waiting = new Set(plan.unassignedSmeIds);
  const share: Record<string, number> = {};
  for (const group of ISLAND_GROUPS) {
    const members = smes.filter((sme) => islandGroupOf(sme.provinceCode) === group);
    if (members.length > 0) share[group] = members.filter((sme) => !waiting.has(sme.id)).length / members.length;
  }
  return share;
}

import { ISLAND_GROUPS, islandGroupOf } from '../regions/island-group.js';
import { DEFAULT_MATCHING_SETTINGS, type MatchSme, type RebalancePlan } from '../matching/domain/matching-program.js';
import { checkCertificate } from '../matching/domain/check-certificate.js';
import { planRebalance } from '../matching/domain/plan-rebalance.js';
import { RebalanceEngine } from '../matching/domain/rebalance-engine.js';
import { generateProgram, type ProgramScale } from '../matching/synthetic/generate-program.js';
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
const WARM_UP_SOLVES = 10;

export const WARM_UP_NOTE =
  `Each scale runs in a fresh process and is timed after ${WARM_UP_SOLVES} warm-up rounds (plan, apply, change) of different programs ` +
  '(pilots of other seeds, plans dropped), so the JIT has compiled the engine; no plan or price carries over. ' +
  'Incremental: the first plan applied (its time given apart), then the change re-solved as edits of the solved network; ' +
  'the re-solved plan read whole, with its certificate, is timed apart too. Plans are certified by the independent checker (untimed).';

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
  const { tutors, smes } = generateProgram({ scale, seed });
  const engine = new RebalanceEngine(settings);
  const [plan, scratchMs] = timed(() => engine.plan(tutors, smes));
  const next = changedProgram(tutors, smes, plan, seed);
  const [, applyMs] = timed(() => engine.apply());
  const [replan, incrementalMs] = timed(() => engine.replan(next.change));
  const [incremental, fullPlanMs] = timed(() => engine.currentPlan());
  const [fresh, changedScratchMs] = timed(() => planRebalance(next.tutors, next.smes, settings));
  return {
    scale,
    tutors: tutors.length,
    smes: smes.length,
    scratchMs,
    applyMs,
    incrementalMs,
    edited: replan.edited,
    fullPlanMs,
    changedScratchMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    objective: plan.objective,
    certified:
      checkCertificate(tutors, smes, settings, plan).ok &&
      checkCertificate(next.tutors, next.smes, settings, incremental).ok &&
      replan.objective === fresh.objective &&
      incremental.objective === fresh.objective,
    matchedShare: matchedShareByIslandGroup(smes, plan),
  };
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

import { ISLAND_GROUPS, islandGroupOf } from '../regions/island-group.js';
import { DEFAULT_MATCHING_SETTINGS, type MatchSme, type RebalancePlan } from '../matching/domain/matching-program.js';
import { checkCertificate } from '../matching/domain/check-certificate.js';
import { planRebalance } from '../matching/domain/plan-rebalance.js';
import { generateProgram, type ProgramScale } from '../matching/synthetic/generate-program.js';
import { changedProgram } from './program-change.js';

export interface ScaleResult {
  scale: ProgramScale;
  tutors: number;
  smes: number;
  scratchMs: number;
  incrementalMs: number;
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
  `Each scale runs in a fresh process and is timed after ${WARM_UP_SOLVES} warm-up solves of different programs ` +
  '(pilots of other seeds, plans dropped), so the JIT has compiled the engine; no plan or price carries over. Plans are certified by the independent checker (untimed).';

/**
 * One scale end to end: from scratch, then the incremental re-solve after a small change. A
 * fresh process would otherwise time the engine's compilation: solves of different,
 * pilot-sized programs first (their plans are dropped) warm the JIT and nothing else.
 */
export function runScale(scale: ProgramScale, seed: number): ScaleResult {
  const settings = DEFAULT_MATCHING_SETTINGS;
  for (let i = 0; i < WARM_UP_SOLVES; i++) {
    const warmUp = generateProgram({ scale: 'pilot', seed: seed + WARM_UP_SEED_OFFSET + i });
    planRebalance(warmUp.tutors, warmUp.smes, settings);
  }
  const { tutors, smes } = generateProgram({ scale, seed });
  const [plan, scratchMs] = timed(() => planRebalance(tutors, smes, settings));
  const next = changedProgram(tutors, smes, plan, seed);
  const [incremental, incrementalMs] = timed(() => planRebalance(next.tutors, next.smes, settings, { warmStart: plan }));
  const [fresh, changedScratchMs] = timed(() => planRebalance(next.tutors, next.smes, settings));
  return {
    scale,
    tutors: tutors.length,
    smes: smes.length,
    scratchMs,
    incrementalMs,
    changedScratchMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    objective: plan.objective,
    certified: checkCertificate(tutors, smes, settings, plan).ok && checkCertificate(next.tutors, next.smes, settings, incremental).ok && incremental.objective === fresh.objective,
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

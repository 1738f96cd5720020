import { dualObjective } from '../solver/verify-certificate.js';
import { CheapestTutorFinder } from './cheapest-tutor.js';
import { EncodedProgram } from './encoded-program.js';
import type { MatchingSettings, MatchSme, MatchTutor, RebalancePlan } from './matching-program.js';
import { isFeasible, pairCost } from './pair-cost.js';
import { RebalanceProblem } from './rebalance-problem.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

export type PlanViolation =
  | { kind: 'certificate-misaligned' }
  | { kind: 'sme-not-planned-once'; smeId: string }
  | { kind: 'pin-moved'; smeId: string }
  | { kind: 'infeasible-pair'; smeId: string; tutorId: string }
  | { kind: 'over-capacity'; tutorId: string }
  | { kind: 'objective-mismatch'; reported: number; actual: number }
  | { kind: 'price-above-waiting'; smeId: string }
  | { kind: 'negative-reduced-cost'; smeId: string; tutorId: string; reducedCost: number }
  | { kind: 'duality-gap'; primal: number; dual: number };

export interface PlanVerdict {
  ok: boolean;
  violations: PlanViolation[];
}

/**
 * Checks a plan without trusting the solver that made it: the plan is feasible and costs its
 * objective, every feasible pair has a non-negative reduced cost against the certificate's
 * prices (evaluated by tiers, so national scale stays cheap), and the dual objective equals
 * the plan's, which proves that no plan over all feasible pairs is cheaper.
 */
export function checkCertificate(tutors: MatchTutor[], smes: MatchSme[], settings: MatchingSettings, plan: RebalancePlan): PlanVerdict {
  const { certificate } = plan;
  if (certificate.tutorIds.join('\n') !== tutors.map((t) => t.id).join('\n') || certificate.smeIds.join('\n') !== smes.map((s) => s.id).join('\n')) {
    return { ok: false, violations: [{ kind: 'certificate-misaligned' }] };
  }
  const problem = new RebalanceProblem(new EncodedProgram(tutors, smes, settings));
  const violations: PlanViolation[] = [];
  const primal = checkPrimal(problem, plan, violations);
  if (primal !== plan.objective) violations.push({ kind: 'objective-mismatch', reported: plan.objective, actual: primal });
  checkReducedCosts(problem, plan, violations);
  const freePrices = Float64Array.from(problem.freeSmes, (s) => certificate.smePrice[s]);
  const dual = dualObjective(problem, freePrices, certificate.tutorPrice) + problem.pinnedCost;
  if (dual !== primal) violations.push({ kind: 'duality-gap', primal, dual });
  return { ok: violations.length === 0, violations };
}

function checkPrimal(problem: RebalanceProblem, plan: RebalancePlan, violations: PlanViolation[]): number {
  const { program, geography, slotStart, slotCost } = problem;
  const tutorAt = new Map(program.tutors.map((tutor, t) => [tutor.id, t]));
  const tutorOfSme = new Map<string, number>(plan.unassignedSmeIds.map((id) => [id, -1]));
  plan.assignments.forEach((a) => tutorOfSme.set(a.smeId, tutorAt.get(a.tutorId) ?? -2));
  const load = new Int32Array(program.tutorCount);
  let primal = problem.pinnedCost;
  if (tutorOfSme.size !== program.smeCount || plan.assignments.length + plan.unassignedSmeIds.length !== program.smeCount) {
    program.smes.filter((sme) => !tutorOfSme.has(sme.id)).forEach((sme) => violations.push({ kind: 'sme-not-planned-once', smeId: sme.id }));
  }
  program.smes.forEach((sme, s) => {
    const t = tutorOfSme.get(sme.id) ?? -1;
    if (sme.pinned) {
      if (t !== program.smeCurrentTutor[s]) violations.push({ kind: 'pin-moved', smeId: sme.id });
    } else if (t === -1) {
      primal += program.smeWaitCost[s];
    } else if (t === -2 || !isFeasible(program, t, s)) {
      violations.push({ kind: 'infeasible-pair', smeId: sme.id, tutorId: program.tutors[t]?.id ?? 'unknown' });
    } else {
      primal += pairCost(program, geography, t, s) + (slotCost[slotStart[t] + load[t]] ?? 0);
      if (++load[t] > slotStart[t + 1] - slotStart[t]) violations.push({ kind: 'over-capacity', tutorId: program.tutors[t].id });
    }
  });
  return primal;
}

function checkReducedCosts(problem: RebalanceProblem, plan: RebalancePlan, violations: PlanViolation[]): void {
  const { program, geography } = problem;
  const { smePrice, tutorPrice } = plan.certificate;
  const finder = new CheapestTutorFinder(new TierLists(new TierIndex(program)), tutorPrice);
  for (const s of problem.freeSmes) {
    const sme = program.smes[s];
    if (!(smePrice[s] <= program.smeWaitCost[s])) violations.push({ kind: 'price-above-waiting', smeId: sme.id });
    const offer = finder.cheapestFor(s);
    const current = program.smeCurrentTutor[s];
    const kept = current >= 0 && isFeasible(program, current, s) ? pairCost(program, geography, current, s) + tutorPrice[current] : Infinity;
    const [value, t] = kept < offer.value ? [kept, current] : [offer.value, offer.tutor];
    if (value < smePrice[s]) violations.push({ kind: 'negative-reduced-cost', smeId: sme.id, tutorId: program.tutors[t].id, reducedCost: value - smePrice[s] });
  }
}

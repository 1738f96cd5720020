import { dualObjective } from '../solver/verify-certificate.js';
import { CheapestTutorFinder } from './cheapest-tutor.js';
import { EncodedProgram } from './encoded-program.js';
import type { MatchingSettings, MatchSme, MatchTutor, RebalancePlan } from './matching-program.js';
import { isFeasible, pairCost } from './pair-cost.js';
import { planPlaces } from './plan-order.js';
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
  if (!sameIds(certificate.tutorIds, tutors) || !sameIds(certificate.smeIds, smes)) {
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

function sameIds(ids: readonly string[], items: readonly { id: string }[]): boolean {
  return ids.length === items.length && items.every((item, i) => item.id === ids[i]);
}

/**
 * Each SME's planned tutor (-1 when it waits, -2 for a tutor not in the program). Every SME the
 * plan lists other than once, or that is not in the program, is reported.
 */
function plannedTutors(problem: RebalanceProblem, plan: RebalancePlan, violations: PlanViolation[]): Int32Array {
  const { program } = problem;
  const tutorAt = (id: string) => program.tutorIndex.get(id) ?? -2;
  const places = planPlaces(program.smes, plan);
  if (places) return places.map((a) => (a < 0 ? -1 : tutorAt(plan.assignments[a].tutorId)));
  const tutorOfSme = new Map<string, number>();
  const times = new Map<string, number>();
  const list = (smeId: string, tutor: number) => {
    tutorOfSme.set(smeId, tutor);
    times.set(smeId, (times.get(smeId) ?? 0) + 1);
  };
  plan.unassignedSmeIds.forEach((id) => list(id, -1));
  plan.assignments.forEach((a) => list(a.smeId, tutorAt(a.tutorId)));
  for (const sme of program.smes) {
    if (times.get(sme.id) !== 1) violations.push({ kind: 'sme-not-planned-once', smeId: sme.id });
    times.delete(sme.id);
  }
  for (const smeId of times.keys()) violations.push({ kind: 'sme-not-planned-once', smeId });
  return Int32Array.from(program.smes, (sme) => tutorOfSme.get(sme.id) ?? -1);
}

function checkPrimal(problem: RebalanceProblem, plan: RebalancePlan, violations: PlanViolation[]): number {
  const { program, geography, slotStart, slotCost } = problem;
  const tutorOfSme = plannedTutors(problem, plan, violations);
  const load = new Int32Array(program.tutorCount);
  let primal = problem.pinnedCost;
  program.smes.forEach((sme, s) => {
    const t = tutorOfSme[s];
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

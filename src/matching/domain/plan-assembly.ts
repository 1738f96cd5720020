import type { MatchingSolution, MatchingWarmStart } from '../solver/matching-instance.js';
import { dualObjective } from '../solver/verify-certificate.js';
import type { Certificate, PlannedAssignment, RebalancePlan, WarmStart } from './matching-program.js';
import { explainPair } from './pair-cost.js';
import type { RebalanceProblem } from './rebalance-problem.js';

/** Turns the solver's arrays back into the plan: assignments with explanations, and the certificate. */
export function assemblePlan(problem: RebalanceProblem, solution: MatchingSolution, pricingRounds: number): RebalancePlan {
  const { program, freeSmes, geography } = problem;
  const assignments: PlannedAssignment[] = [];
  const unassignedSmeIds: string[] = [];
  const place = (t: number, s: number, pinned: boolean) => {
    if (t < 0) unassignedSmeIds.push(program.smes[s].id);
    else assignments.push({ tutorId: program.tutors[t].id, smeId: program.smes[s].id, explanation: explainPair(program, geography, t, s, pinned) });
  };
  program.smes.forEach((sme, s) => sme.pinned && place(program.smeCurrentTutor[s], s, true));
  freeSmes.forEach((s, lp) => place(solution.tutorOfSme[lp], s, false));
  return {
    assignments,
    unassignedSmeIds,
    objective: solution.objective + problem.pinnedCost,
    certificate: certificateOf(problem, solution),
    pricingRounds,
  };
}

function certificateOf(problem: RebalanceProblem, solution: MatchingSolution): Certificate {
  const { program, freeSmes } = problem;
  const tutorPrice = Float64Array.from(solution.tutorPrice);
  // A tutor without a free slot takes no pair at any price; this one covers every pair it has.
  const slotlessPrice = Math.max(0, solution.smePrice.reduce((most, price) => Math.max(most, price), -Infinity) - lowestPairCost(problem));
  tutorPrice.forEach((_, t) => !problem.hasFreeSlot(t) && (tutorPrice[t] = slotlessPrice));
  const smePrice = new Float64Array(program.smeCount).fill(NaN);
  freeSmes.forEach((s, lp) => (smePrice[s] = solution.smePrice[lp]));
  return {
    tutorIds: program.tutors.map((tutor) => tutor.id),
    tutorPrice,
    smeIds: program.smes.map((sme) => sme.id),
    smePrice,
    dualObjective: dualObjective(problem, solution.smePrice, tutorPrice) + problem.pinnedCost,
  };
}

/** No pair costs less: the nearest geography, both matches, and the stay bonus. */
export function lowestPairCost(problem: RebalanceProblem): number {
  return problem.geography[0] - problem.program.settings.stayBonus;
}

/** The previous plan's prices mapped onto this rebalance's indices; current tutors are the old pairs. */
export function warmStartFor(problem: RebalanceProblem, warm: WarmStart): MatchingWarmStart {
  const { program, freeSmes, slotStart, slotCost } = problem;
  const { certificate } = warm;
  const tutorAt = new Map(certificate.tutorIds.map((id, t) => [id, t]));
  const smeAt = new Map(certificate.smeIds.map((id, s) => [id, s]));
  const tutorPrice = Float64Array.from(program.tutors, (tutor, t) => {
    const previous = tutorAt.get(tutor.id);
    return previous === undefined ? (problem.hasFreeSlot(t) ? slotCost[slotStart[t]] : 0) : certificate.tutorPrice[previous];
  });
  const smePrice = Float64Array.from(freeSmes, (s) => {
    const price = certificate.smePrice[smeAt.get(program.smes[s].id) ?? -1];
    return Number.isNaN(price) || price === undefined ? 0 : price;
  });
  return { tutorOfSme: Int32Array.from(freeSmes, (s) => program.smeCurrentTutor[s]), smePrice, tutorPrice };
}

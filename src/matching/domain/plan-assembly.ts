import type { MatchingSolution } from '../solver/matching-instance.js';
import { dualObjective } from '../solver/verify-certificate.js';
import type { Certificate, PlannedAssignment, RebalancePlan } from './matching-program.js';
import { explainPair } from './pair-cost.js';
import type { RebalanceProblem } from './rebalance-problem.js';

/** Turns the solver's arrays back into the plan: assignments with explanations, and the certificate. */
export function assemblePlan(problem: RebalanceProblem, solution: MatchingSolution): RebalancePlan {
  const { program, freeSmes, geography } = problem;
  const assignments: PlannedAssignment[] = [];
  const unassignedSmeIds: string[] = [];
  const place = (t: number, s: number, pinned: boolean) => {
    if (t < 0) unassignedSmeIds.push(program.smes[s].id);
    else assignments.push({ tutorId: program.tutors[t].id, smeId: program.smes[s].id, explanation: explainPair(program, geography, t, s, pinned) });
  };
  program.smes.forEach((sme, s) => sme.pinned && place(program.smeCurrentTutor[s], s, true));
  freeSmes.forEach((s, member) => place(solution.tutorOfSme[member], s, false));
  return {
    assignments,
    unassignedSmeIds,
    objective: solution.objective + problem.pinnedCost,
    certificate: certificateOf(problem, solution),
  };
}

function certificateOf(problem: RebalanceProblem, solution: MatchingSolution): Certificate {
  const { program, freeSmes } = problem;
  const tutorPrice = Float64Array.from(solution.tutorPrice);
  // A tutor without a free slot takes no pair at any price; this one covers every pair it has.
  const slotlessPrice = Math.max(0, solution.smePrice.reduce((most, price) => Math.max(most, price), -Infinity) - lowestPairCost(problem));
  tutorPrice.forEach((_, t) => !problem.hasFreeSlot(t) && (tutorPrice[t] = slotlessPrice));
  const smePrice = new Float64Array(program.smeCount).fill(NaN);
  freeSmes.forEach((s, member) => (smePrice[s] = solution.smePrice[member]));
  return {
    tutorIds: program.tutors.map((tutor) => tutor.id),
    tutorPrice,
    smeIds: program.smes.map((sme) => sme.id),
    smePrice,
    dualObjective: dualObjective(problem, solution.smePrice, tutorPrice) + problem.pinnedCost,
  };
}

/** No pair costs less: the nearest geography, both matches, and the stay and session bonuses. */
export function lowestPairCost(problem: RebalanceProblem): number {
  const { stayBonus, sessionBonus } = problem.program.settings;
  return problem.geography[0] - stayBonus - sessionBonus;
}

import type { MatchingSolution } from '../solver/matching-instance.js';
import { dualObjective } from '../solver/verify-certificate.js';
import type { Certificate, PlannedAssignment, RebalancePlan } from './matching-program.js';
import { explainPair } from './pair-cost.js';
import type { RebalanceProblem } from './rebalance-problem.js';

/**
 * Turns the solver's arrays back into the plan: assignments with explanations, and the certificate.
 * Assignments and waiting SMEs each come in the program's SME order, so a reader walking the
 * program's SMEs meets them in turn and needs no index by id (planPlaces).
 */
export function assemblePlan(problem: RebalanceProblem, solution: MatchingSolution): RebalancePlan {
  const { program, freeSmes, geography } = problem;
  const assignments: PlannedAssignment[] = [];
  const unassignedSmeIds: string[] = [];
  let member = 0;
  program.smes.forEach((sme, s) => {
    const free = freeSmes[member] === s;
    const t = free ? solution.tutorOfSme[member++] : program.smeCurrentTutor[s];
    if (t < 0) unassignedSmeIds.push(sme.id);
    else assignments.push({ tutorId: program.tutors[t].id, smeId: sme.id, explanation: explainPair(program, geography, t, s, !free) });
  });
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

import type { MatchingInstance, MatchingSolution } from './matching-instance.js';

export type CertificateViolation =
  | { kind: 'infeasible-assignment'; sme: number; tutor: number }
  | { kind: 'over-capacity'; tutor: number; load: number }
  | { kind: 'negative-reduced-cost'; sme: number; tutor: number; reducedCost: number }
  | { kind: 'price-above-waiting'; sme: number; excess: number }
  | { kind: 'objective-mismatch'; reported: number; actual: number }
  | { kind: 'duality-gap'; primal: number; dual: number };

export interface CertificateVerdict {
  ok: boolean;
  violations: CertificateViolation[];
}

/**
 * Checks a solution without trusting the solver: the assignment is feasible and costs what it
 * claims, the prices are dual feasible, and the dual objective equals the primal one, which by
 * weak duality proves that no assignment is cheaper.
 */
export function verifyCertificate(instance: MatchingInstance, solution: MatchingSolution): CertificateVerdict {
  const { smeCount, tutorCount, edgeStart, edgeTutor, edgeCost, unassignedCost } = instance;
  const { tutorOfSme, smePrice, tutorPrice } = solution;
  const violations: CertificateViolation[] = [];
  const load = new Int32Array(tutorCount);
  let primal = 0;
  for (let s = 0; s < smeCount; s++) {
    const tutor = tutorOfSme[s];
    if (smePrice[s] > unassignedCost[s]) violations.push({ kind: 'price-above-waiting', sme: s, excess: smePrice[s] - unassignedCost[s] });
    let matched = tutor < 0;
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      const t = edgeTutor[e];
      const reducedCost = edgeCost[e] - smePrice[s] + tutorPrice[t];
      if (reducedCost < 0) violations.push({ kind: 'negative-reduced-cost', sme: s, tutor: t, reducedCost });
      if (t === tutor && !matched) {
        matched = true;
        primal += edgeCost[e];
      }
    }
    if (tutor < 0) primal += unassignedCost[s];
    else if (matched) load[tutor]++;
    else violations.push({ kind: 'infeasible-assignment', sme: s, tutor });
  }
  primal += slotCostsOf(instance, load, violations);
  if (primal !== solution.objective) violations.push({ kind: 'objective-mismatch', reported: solution.objective, actual: primal });
  const dual = dualObjective(instance, smePrice, tutorPrice);
  if (dual !== primal) violations.push({ kind: 'duality-gap', primal, dual });
  return { ok: violations.length === 0, violations };
}

function slotCostsOf(instance: MatchingInstance, load: Int32Array, violations: CertificateViolation[]): number {
  const { slotStart, slotCost } = instance;
  let total = 0;
  load.forEach((count, t) => {
    if (count > slotStart[t + 1] - slotStart[t]) violations.push({ kind: 'over-capacity', tutor: t, load: count });
    for (let k = 0; k < Math.min(count, slotStart[t + 1] - slotStart[t]); k++) total += slotCost[slotStart[t] + k];
  });
  return total;
}

/** The LP dual's objective: what the SMEs' prices promise, less what tutors' slots cost above their price. */
export function dualObjective(
  instance: Pick<MatchingInstance, 'slotStart' | 'slotCost'>,
  smePrice: Float64Array,
  tutorPrice: Float64Array,
): number {
  let total = 0;
  for (const price of smePrice) total += price;
  const { slotStart, slotCost } = instance;
  for (let t = 0; t < tutorPrice.length; t++) {
    for (let k = slotStart[t]; k < slotStart[t + 1]; k++) total -= Math.max(0, tutorPrice[t] - slotCost[k]);
  }
  return total;
}

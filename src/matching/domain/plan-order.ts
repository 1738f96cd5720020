import type { RebalancePlan } from './matching-program.js';

/**
 * Each SME's place in a plan: the index of its assignment in `plan.assignments`, or -1 when it
 * waits. Read by walking `smes` alongside the plan's assignments and waiting SMEs, each of which
 * assemblePlan lists in the program's SME order, so no index by id is built (nationally, two
 * million entries). Null when the plan lists them in another order, or not each SME once.
 */
export function planPlaces(smes: readonly { id: string }[], plan: Pick<RebalancePlan, 'assignments' | 'unassignedSmeIds'>): Int32Array | null {
  const { assignments, unassignedSmeIds } = plan;
  const places = new Int32Array(smes.length);
  let assigned = 0;
  let waiting = 0;
  for (let s = 0; s < smes.length; s++) {
    const { id } = smes[s];
    if (assigned < assignments.length && assignments[assigned].smeId === id) {
      places[s] = assigned++;
    } else if (waiting < unassignedSmeIds.length && unassignedSmeIds[waiting] === id) {
      places[s] = -1;
      waiting++;
    } else {
      return null;
    }
  }
  return assigned === assignments.length && waiting === unassignedSmeIds.length ? places : null;
}

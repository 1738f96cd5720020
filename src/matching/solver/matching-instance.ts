/**
 * The generic problem of docs/matching-model.md section 1 on typed arrays: slot costs flattened per tutor,
 * edges stored by SME (compressed rows), so a national instance costs a few bytes per edge.
 */
export interface MatchingInstance {
  readonly tutorCount: number;
  readonly smeCount: number;
  /** Tutor t's slots are slotCost[slotStart[t] .. slotStart[t+1]), non-decreasing. */
  readonly slotStart: Int32Array;
  readonly slotCost: Int32Array;
  readonly unassignedCost: Int32Array;
  /** SME s's edges are edgeStart[s] .. edgeStart[s+1]. */
  readonly edgeStart: Int32Array;
  readonly edgeTutor: Int32Array;
  readonly edgeCost: Int32Array;
}

export interface EdgeTriplets {
  readonly tutor: ArrayLike<number>;
  readonly sme: ArrayLike<number>;
  readonly cost: ArrayLike<number>;
}

export function flattenSlots(slotCosts: readonly (readonly number[])[]): { slotStart: Int32Array; slotCost: Int32Array } {
  const slotStart = new Int32Array(slotCosts.length + 1);
  slotCosts.forEach((slots, t) => (slotStart[t + 1] = slotStart[t] + slots.length));
  const slotCost = new Int32Array(slotStart[slotCosts.length]);
  slotCosts.forEach((slots, t) => slotCost.set(slots, slotStart[t]));
  return { slotStart, slotCost };
}

/** Groups edge triplets by SME with a counting sort; edge order within an SME is kept. */
export function buildInstance(
  slots: { slotStart: Int32Array; slotCost: Int32Array },
  unassignedCost: ArrayLike<number>,
  edges: EdgeTriplets,
): MatchingInstance {
  const smeCount = unassignedCost.length;
  const edgeCount = edges.tutor.length;
  const edgeStart = new Int32Array(smeCount + 1);
  for (let e = 0; e < edgeCount; e++) edgeStart[edges.sme[e] + 1]++;
  for (let s = 0; s < smeCount; s++) edgeStart[s + 1] += edgeStart[s];
  const fill = edgeStart.slice(0, smeCount);
  const edgeTutor = new Int32Array(edgeCount);
  const edgeCost = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const at = fill[edges.sme[e]]++;
    edgeTutor[at] = edges.tutor[e];
    edgeCost[at] = edges.cost[e];
  }
  return {
    tutorCount: slots.slotStart.length - 1,
    smeCount,
    slotStart: slots.slotStart,
    slotCost: slots.slotCost,
    unassignedCost: Int32Array.from(unassignedCost),
    edgeStart,
    edgeTutor,
    edgeCost,
  };
}

/** The solver's answer: the assignment and the duals that certify it (docs/matching-model.md section 3). */
export interface MatchingSolution {
  readonly objective: number;
  /** The tutor of each SME, or -1 when it waits. */
  readonly tutorOfSme: Int32Array;
  /** Dual of "each SME is matched or waits": at most its unassigned cost. */
  readonly smePrice: Float64Array;
  /** Dual of "a tutor's load fills its slots in order". */
  readonly tutorPrice: Float64Array;
}

/** A previous solution, mapped onto the indices of the instance being solved. */
export type MatchingWarmStart = Pick<MatchingSolution, 'tutorOfSme' | 'tutorPrice'>;

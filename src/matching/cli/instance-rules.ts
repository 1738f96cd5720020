/** Bounds of docs/matching-model.md section 1. */
export const COST_LIMIT = 1_000_000;
export const MAX_SLOTS = 3;

/**
 * The first row that repeats an earlier row's pair, or -1: rows are grouped by SME in their own
 * order (a counting sort) and each group marks its tutors, which a set of 600,000 pairs takes
 * several times longer to do.
 */
export function firstRepeatedPair(edges: { tutor: Int32Array; sme: Int32Array }, tutorCount: number, smeCount: number): number {
  const start = new Int32Array(smeCount + 1);
  for (const s of edges.sme) start[s + 1]++;
  for (let s = 0; s < smeCount; s++) start[s + 1] += start[s];
  const fill = start.slice(0, smeCount);
  const bySme = new Int32Array(edges.sme.length);
  edges.sme.forEach((s, e) => (bySme[fill[s]++] = e));
  const markedBy = new Int32Array(tutorCount).fill(-1);
  let first = -1;
  for (let s = 0; s < smeCount; s++) {
    for (let k = start[s]; k < start[s + 1]; k++) {
      const e = bySme[k];
      if (markedBy[edges.tutor[e]] !== s) markedBy[edges.tutor[e]] = s;
      else if (first < 0 || e < first) first = e;
    }
  }
  return first;
}


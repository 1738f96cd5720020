import type { MatchingInstance } from '../matching/index.js';

/** The instance file of docs/matching-model.md section 1, as the match command reads it. */
export function instanceJson(instance: MatchingInstance): string {
  const { tutorCount, smeCount, slotStart, slotCost, unassignedCost, edgeStart, edgeTutor, edgeCost } = instance;
  const tutors = Array.from({ length: tutorCount }, (_, t) => `{"id":"t${t}","slotCosts":[${slotCost.subarray(slotStart[t], slotStart[t + 1]).join(',')}]}`);
  const smes = Array.from({ length: smeCount }, (_, s) => `{"id":"s${s}","unassignedCost":${unassignedCost[s]}}`);
  const edges: string[] = [];
  for (let s = 0; s < smeCount; s++) for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) edges.push(`[${edgeTutor[e]},${s},${edgeCost[e]}]`);
  return `{"tutors":[${tutors.join(',')}],"smes":[${smes.join(',')}],"edges":[${edges.join(',')}]}\n`;
}

/**
 * The same problem in DIMACS minimum-cost flow form: SMEs 1..S supply a unit each, tutors follow,
 * then one sink takes every unit, over an arc per wait, per edge and per tutor's slot.
 */
export function instanceDimacs(instance: MatchingInstance): string {
  const { tutorCount, smeCount, slotStart, slotCost, unassignedCost, edgeStart, edgeTutor, edgeCost } = instance;
  const tutorNode = (t: number) => smeCount + 1 + t;
  const sink = smeCount + tutorCount + 1;
  const lines: string[] = [];
  for (let s = 0; s < smeCount; s++) {
    lines.push(`a ${s + 1} ${sink} 0 1 ${unassignedCost[s]}`);
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) lines.push(`a ${s + 1} ${tutorNode(edgeTutor[e])} 0 1 ${edgeCost[e]}`);
  }
  for (let t = 0; t < tutorCount; t++) for (let k = slotStart[t]; k < slotStart[t + 1]; k++) lines.push(`a ${tutorNode(t)} ${sink} 0 1 ${slotCost[k]}`);
  const supplies = Array.from({ length: smeCount }, (_, s) => `n ${s + 1} 1`);
  return [`p min ${sink} ${lines.length}`, ...supplies, `n ${sink} -${smeCount}`, ...lines, ''].join('\n');
}

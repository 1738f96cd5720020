import { existsSync, readFileSync } from 'node:fs';
import {
  buildInstance,
  cheapestPairsInstance,
  DEFAULT_MATCHING_SETTINGS,
  flattenSlots,
  generateProgram,
  highsObjective,
  type MatchingInstance,
  solveMatching,
} from '../matching/index.js';

export interface GenericResult {
  name: string;
  edges: number;
  oursMs: number;
  referenceMs: number;
  ours: number;
  reference: number;
}

const CHEAPEST_PER_SME = 20;

/** The province program as a generic instance: each SME's 20 cheapest feasible tutors as its edges. */
export function provinceGenericInstance(seed: number): MatchingInstance {
  const { tutors, smes } = generateProgram({ scale: 'province', seed });
  return cheapestPairsInstance(tutors, smes, DEFAULT_MATCHING_SETTINGS, CHEAPEST_PER_SME);
}

/** Our solver against HiGHS on one instance, timed side by side in this run. */
export async function compareWithHighs(name: string, instance: MatchingInstance): Promise<GenericResult> {
  const oursStart = performance.now();
  const ours = solveMatching(instance).objective;
  const oursMs = performance.now() - oursStart;
  const referenceStart = performance.now();
  const reference = await highsObjective(instance);
  return { name, edges: instance.edgeTutor.length, oursMs, referenceMs: performance.now() - referenceStart, ours, reference };
}

/** OR-Library's dense assignment problems, those of them the folder holds, against their published optima. */
export function orLibraryRuns(folder: string): GenericResult[] {
  const optimaFile = `${folder}/assignopt.txt`;
  if (!existsSync(optimaFile)) return [];
  const published = new Map([...readFileSync(optimaFile, 'utf8').matchAll(/assign(\d+)\s+(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
  return [100, 500, 600, 700].flatMap((n) => {
    const file = `${folder}/assign${n}.txt`;
    if (!existsSync(file)) return [];
    const instance = orLibraryInstance(readFileSync(file, 'utf8'));
    const start = performance.now();
    const ours = solveMatching(instance).objective;
    const reference = published.get(n) ?? NaN;
    return [{ name: `OR-Library assign${n}`, edges: instance.edgeTutor.length, oursMs: performance.now() - start, referenceMs: NaN, ours, reference }];
  });
}

/** One tutor per agent with a single free slot, one SME per job that must not wait (README of the data). */
export function orLibraryInstance(text: string): MatchingInstance {
  const numbers = text.trim().split(/\s+/).map(Number);
  const n = numbers[0];
  const edges = { tutor: [] as number[], sme: [] as number[], cost: [] as number[] };
  for (let agent = 0; agent < n; agent++) {
    for (let job = 0; job < n; job++) {
      edges.tutor.push(agent);
      edges.sme.push(job);
      edges.cost.push(numbers[1 + agent * n + job]);
    }
  }
  return buildInstance(flattenSlots(Array.from({ length: n }, () => [0])), Array<number>(n).fill(1_000_000), edges);
}

import { buildInstance, flattenSlots, type MatchingInstance, SeededRandom } from '../matching/index.js';

/** Province scale: 10,000 tutors, 30,000 SMEs, 20 distinct random tutors per SME. */
const TUTORS = 10_000;
const SMES = 30_000;
const EDGES_PER_SME = 20;

interface CostDraws {
  slots(random: SeededRandom): number[];
  unassigned(random: SeededRandom): number;
  edge(random: SeededRandom): number;
}

/** Slot costs [-10, -10, 0] cut to 1 to 3 slots, waits of 130 / 180 / 230, edges in 0..120 with a tenth of them 30 less. */
const SPREAD: CostDraws = {
  slots: (random) => [-10, -10, 0].slice(0, random.int(1, 3)),
  unassigned: (random) => random.pick([130, 180, 230]),
  edge: (random) => random.int(0, 120) - (random.chance(0.1) ? 30 : 0),
};

/** Wide costs of either sign: 0 to 3 slots in -50,000..50,000, waits in -20,000..80,000, edges in -100,000..100,000. */
const WIDE: CostDraws = {
  slots: (random) => Array.from({ length: random.int(0, 3) }, () => random.int(-50_000, 50_000)).sort((a, b) => a - b),
  unassigned: (random) => random.int(-20_000, 80_000),
  edge: (random) => random.int(-100_000, 100_000),
};

function randomProvinceInstance(seed: number, draws: CostDraws): MatchingInstance {
  const random = new SeededRandom(seed);
  const slots = flattenSlots(Array.from({ length: TUTORS }, () => draws.slots(random)));
  const unassigned = Array.from({ length: SMES }, () => draws.unassigned(random));
  const edgeCount = SMES * EDGES_PER_SME;
  const edges = { tutor: new Int32Array(edgeCount), sme: new Int32Array(edgeCount), cost: new Int32Array(edgeCount) };
  const taken = new Set<number>();
  for (let s = 0, e = 0; s < SMES; s++) {
    taken.clear();
    while (taken.size < EDGES_PER_SME) {
      const t = random.int(0, TUTORS - 1);
      if (taken.has(t)) continue;
      taken.add(t);
      edges.tutor[e] = t;
      edges.sme[e] = s;
      edges.cost[e++] = draws.edge(random);
    }
  }
  return buildInstance(slots, unassigned, edges);
}

export const spreadCostsInstance = (seed: number) => randomProvinceInstance(seed, SPREAD);
export const wideCostsInstance = (seed: number) => randomProvinceInstance(seed, WIDE);

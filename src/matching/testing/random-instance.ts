import { SeededRandom } from '../synthetic/seeded-random.js';
import { buildInstance, flattenSlots, type MatchingInstance, type MatchingWarmStart } from '../solver/matching-instance.js';

export interface InstanceShape {
  tutors: number;
  smes: number;
  density: number;
  maxSlots: number;
  costRange: [number, number];
  slotRange: [number, number];
  waitRange: [number, number];
}

/** Costs of the spread kind: edges in 0..120 against small slot costs and waits of 130 to 230, so nearly every SME wants a tutor. */
export const SPREAD_COSTS = { costRange: [0, 120], slotRange: [-10, 0], waitRange: [130, 230] } satisfies Partial<InstanceShape>;
/** Wide costs of either sign, as the bounds allow them. */
export const WIDE_COSTS = { costRange: [-100000, 100000], slotRange: [-50000, 50000], waitRange: [-20000, 80000] } satisfies Partial<InstanceShape>;
/** Few distinct costs: plateaus of ties. */
export const TIED_COSTS = { costRange: [0, 3], slotRange: [0, 1], waitRange: [2, 4] } satisfies Partial<InstanceShape>;

/** A shape drawn at random: sparse or dense, scarce or plentiful slots, costs tied, spread or wide. */
export function randomShape(random: SeededRandom, maxTutors: number, maxSmes: number): InstanceShape {
  const costs = random.pick<Pick<InstanceShape, 'costRange' | 'slotRange' | 'waitRange'>>([
    {
      costRange: random.chance(0.4) ? [0, 3] : random.pick<[number, number]>([[-50, 50], [0, 1000], [-1000000, 1000000]]),
      slotRange: random.pick<[number, number]>([[0, 0], [-160, 0], [-20, 40]]),
      waitRange: random.pick<[number, number]>([[0, 0], [50, 200], [-30, 30], [1000000, 1000000]]),
    },
    SPREAD_COSTS,
    WIDE_COSTS,
    TIED_COSTS,
  ]);
  return {
    tutors: random.int(0, maxTutors),
    smes: random.int(0, maxSmes),
    density: random.pick([0.1, 0.3, 0.6, 1]),
    maxSlots: random.int(0, 3),
    ...costs,
  };
}

export function randomInstance(random: SeededRandom, shape: InstanceShape): MatchingInstance {
  const slotCosts = Array.from({ length: shape.tutors }, () =>
    Array.from({ length: random.int(0, shape.maxSlots) }, () => random.int(...shape.slotRange)).sort((a, b) => a - b),
  );
  const unassigned = Array.from({ length: shape.smes }, () => random.int(...shape.waitRange));
  const tutor: number[] = [];
  const sme: number[] = [];
  const cost: number[] = [];
  for (let s = 0; s < shape.smes; s++) {
    for (let t = 0; t < shape.tutors; t++) {
      if (!random.chance(shape.density)) continue;
      tutor.push(t);
      sme.push(s);
      cost.push(random.int(...shape.costRange));
    }
  }
  return buildInstance(flattenSlots(slotCosts), unassigned, { tutor, sme, cost });
}

/** The optimum by trying every choice of every SME: only for a handful of SMEs. */
export function bruteForceObjective(instance: MatchingInstance): number {
  const { smeCount, edgeStart, edgeTutor, edgeCost, unassignedCost, slotStart, slotCost } = instance;
  const load = new Int32Array(instance.tutorCount);
  const visit = (s: number, cost: number): number => {
    if (s === smeCount) return cost;
    let best = visit(s + 1, cost + unassignedCost[s]);
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      const t = edgeTutor[e];
      if (load[t] === slotStart[t + 1] - slotStart[t]) continue;
      const slot = slotCost[slotStart[t] + load[t]++];
      best = Math.min(best, visit(s + 1, cost + edgeCost[e] + slot));
      load[t]--;
    }
    return best;
  };
  return visit(0, 0);
}

/**
 * The instance after a small change, and the previous solution mapped onto it: some SMEs
 * graduate, some arrive with edges of their own, and some tutors leave (their slots go).
 */
export function changeInstance(
  random: SeededRandom,
  instance: MatchingInstance,
  previous: MatchingWarmStart,
): { changed: MatchingInstance; warmStart: MatchingWarmStart } {
  const { tutorCount, smeCount, slotStart, slotCost, edgeStart, edgeTutor, edgeCost, unassignedCost } = instance;
  const slotCosts = Array.from({ length: tutorCount }, (_, t) => (random.chance(0.15) ? [] : Array.from(slotCost.subarray(slotStart[t], slotStart[t + 1]))));
  const kept = Array.from({ length: smeCount }, (_, s) => s).filter(() => !random.chance(0.2));
  const arrivals = random.int(0, 3);
  const edges = { tutor: [] as number[], sme: [] as number[], cost: [] as number[] };
  kept.forEach((s, at) => {
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      edges.tutor.push(edgeTutor[e]);
      edges.sme.push(at);
      edges.cost.push(edgeCost[e]);
    }
  });
  for (let s = kept.length; s < kept.length + arrivals; s++) {
    for (let t = 0; t < tutorCount; t++) {
      if (!random.chance(0.5)) continue;
      edges.tutor.push(t);
      edges.sme.push(s);
      edges.cost.push(random.int(-20, 60));
    }
  }
  const unassigned = [...kept.map((s) => unassignedCost[s]), ...Array.from({ length: arrivals }, () => random.int(0, 150))];
  const padded = (values: ArrayLike<number>, fill: number) => [...kept.map((s) => values[s]), ...Array<number>(arrivals).fill(fill)];
  return {
    changed: buildInstance(flattenSlots(slotCosts), unassigned, edges),
    warmStart: {
      tutorOfSme: Int32Array.from(padded(previous.tutorOfSme, -1)),
      tutorPrice: previous.tutorPrice,
    },
  };
}

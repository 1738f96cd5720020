/** Capacity of an arc nothing but its ends bounds. */
export const UNLIMITED = 0x3fffffff;

/**
 * A transport network on typed arrays. Node v < sourceCount is a source (a group of SMEs with
 * a supply and a cost per unit that waits); sourceCount <= v < tutorBase is a hub, a pass-through
 * node of zero-cost arcs (the domain's tiers); v >= tutorBase is tutor v - tutorBase, whose
 * units pay its non-decreasing slot costs in order. Arcs leave sources and hubs; a hub's arcs
 * only go to tutors or to hubs of a lower index, so the hubs form a layered graph.
 */
export interface FlowNetwork {
  readonly sourceCount: number;
  readonly hubCount: number;
  readonly tutorCount: number;
  readonly supply: Int32Array;
  readonly waitCost: Int32Array;
  /** Tutor t's slots are slotCost[slotStart[t] .. slotStart[t+1]). */
  readonly slotStart: Int32Array;
  readonly slotCost: Int32Array;
  /** Arcs leaving node v are outStart[v] .. outStart[v+1], for every source and hub v. */
  readonly outStart: Int32Array;
  readonly arcTail: Int32Array;
  readonly arcHead: Int32Array;
  readonly arcCost: Int32Array;
  readonly arcCapacity: Int32Array;
  /** Arcs entering node v are inArc[inStart[v] .. inStart[v+1]). */
  readonly inStart: Int32Array;
  readonly inArc: Int32Array;
}

export interface NetworkNodes {
  supply: Int32Array;
  waitCost: Int32Array;
  hubCount: number;
  slotStart: Int32Array;
  slotCost: Int32Array;
}

export interface ArcList {
  readonly length: number;
  readonly tail: ArrayLike<number>;
  readonly head: ArrayLike<number>;
  readonly cost: ArrayLike<number>;
  readonly capacity: ArrayLike<number>;
}

export function tutorBaseOf(network: Pick<FlowNetwork, 'sourceCount' | 'hubCount'>): number {
  return network.sourceCount + network.hubCount;
}

/**
 * Orders the arcs by tail (keeping their order within a tail) and indexes them by head;
 * `placedAt`, when given, receives each listed arc's index in the network.
 */
export function buildNetwork(nodes: NetworkNodes, arcs: ArcList, placedAt?: Int32Array): FlowNetwork {
  const sourceCount = nodes.supply.length;
  const tutorCount = nodes.slotStart.length - 1;
  const nodeCount = sourceCount + nodes.hubCount + tutorCount;
  const outStart = countingStarts(nodeCount, arcs.length, (a) => arcs.tail[a]);
  const fill = outStart.slice(0, nodeCount);
  const arcTail = new Int32Array(arcs.length);
  const arcHead = new Int32Array(arcs.length);
  const arcCost = new Int32Array(arcs.length);
  const arcCapacity = new Int32Array(arcs.length);
  for (let a = 0; a < arcs.length; a++) {
    const at = fill[arcs.tail[a]]++;
    if (placedAt) placedAt[a] = at;
    arcTail[at] = arcs.tail[a];
    arcHead[at] = arcs.head[a];
    arcCost[at] = arcs.cost[a];
    arcCapacity[at] = arcs.capacity[a];
  }
  const inStart = countingStarts(nodeCount, arcs.length, (a) => arcHead[a]);
  const inFill = inStart.slice(0, nodeCount);
  const inArc = new Int32Array(arcs.length);
  for (let a = 0; a < arcs.length; a++) inArc[inFill[arcHead[a]]++] = a;
  return { sourceCount, hubCount: nodes.hubCount, tutorCount, supply: nodes.supply, waitCost: nodes.waitCost,
    slotStart: nodes.slotStart, slotCost: nodes.slotCost, outStart, arcTail, arcHead, arcCost, arcCapacity, inStart, inArc };
}

function countingStarts(nodeCount: number, arcCount: number, nodeOf: (arc: number) => number): Int32Array {
  const start = new Int32Array(nodeCount + 1);
  for (let a = 0; a < arcCount; a++) start[nodeOf(a) + 1]++;
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  return start;
}

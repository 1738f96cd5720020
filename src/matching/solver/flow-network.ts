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

/** Places one arc and returns its index in the network (-1 while the arcs are only being counted). */
export type EmitArc = (tail: number, head: number, cost: number, capacity: number) => number;

/** Emits a network's arcs; called twice, to count them by tail and then to place them. */
export type ArcSource = (emit: EmitArc) => void;

export function tutorBaseOf(network: Pick<FlowNetwork, 'sourceCount' | 'hubCount'>): number {
  return network.sourceCount + network.hubCount;
}

/**
 * Builds the network from its arcs, ordered by tail (in the order emitted within a tail) and
 * indexed by head. The arcs are emitted twice, so that they go straight into arrays of the
 * final size: no list of them is ever held twice, which at national scale is 180 MB less to
 * allocate (and fewer full garbage collections set off by it).
 */
export function buildNetwork(nodes: NetworkNodes, arcs: ArcSource): FlowNetwork {
  const sourceCount = nodes.supply.length;
  const tutorCount = nodes.slotStart.length - 1;
  const nodeCount = sourceCount + nodes.hubCount + tutorCount;
  const outStart = new Int32Array(nodeCount + 1);
  arcs((tail) => {
    outStart[tail + 1]++;
    return -1;
  });
  for (let v = 0; v < nodeCount; v++) outStart[v + 1] += outStart[v];
  const arcCount = outStart[nodeCount];
  const fill = outStart.slice(0, nodeCount);
  const arcTail = new Int32Array(arcCount);
  const arcHead = new Int32Array(arcCount);
  const arcCost = new Int32Array(arcCount);
  const arcCapacity = new Int32Array(arcCount);
  arcs((tail, head, cost, capacity) => {
    const at = fill[tail]++;
    arcTail[at] = tail;
    arcHead[at] = head;
    arcCost[at] = cost;
    arcCapacity[at] = capacity;
    return at;
  });
  const inStart = new Int32Array(nodeCount + 1);
  for (let a = 0; a < arcCount; a++) inStart[arcHead[a] + 1]++;
  for (let v = 0; v < nodeCount; v++) inStart[v + 1] += inStart[v];
  const inFill = inStart.slice(0, nodeCount);
  const inArc = new Int32Array(arcCount);
  for (let a = 0; a < arcCount; a++) inArc[inFill[arcHead[a]]++] = a;
  return { sourceCount, hubCount: nodes.hubCount, tutorCount, supply: nodes.supply, waitCost: nodes.waitCost,
    slotStart: nodes.slotStart, slotCost: nodes.slotCost, outStart, arcTail, arcHead, arcCost, arcCapacity, inStart, inArc };
}

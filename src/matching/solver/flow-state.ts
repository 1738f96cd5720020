import type { MatchingInstance } from './matching-instance.js';

const NONE = -1;

/**
 * A pseudo-flow of the matching network with its node prices. Every residual arc keeps a
 * non-negative reduced cost; imbalances are SMEs not yet placed ("free") and tutors paying
 * for more slots than they hold ("deficit"), which the searches then resolve.
 */
export class FlowState {
  /** The edge an SME is matched on, or NONE. */
  readonly matchedEdge: Int32Array;
  /** 1 when the SME takes its unassigned option; an SME neither matched nor waiting is free. */
  readonly waiting: Uint8Array;
  readonly load: Int32Array;
  readonly slotFlow: Int32Array;
  /** Tutor t's SMEs sit at members[slotStart[t] .. slotStart[t] + load[t]). */
  readonly members: Int32Array;
  readonly smePrice: Float64Array;
  readonly tutorPrice: Float64Array;
  private intoTutors?: EdgesIntoTutors;

  constructor(readonly instance: MatchingInstance) {
    const { smeCount, tutorCount, slotStart, slotCost } = instance;
    this.matchedEdge = new Int32Array(smeCount).fill(NONE);
    this.waiting = new Uint8Array(smeCount);
    this.load = new Int32Array(tutorCount);
    this.slotFlow = new Int32Array(tutorCount);
    this.members = new Int32Array(slotStart[tutorCount]);
    this.smePrice = new Float64Array(smeCount);
    this.tutorPrice = new Float64Array(tutorCount);
    for (let t = 0; t < tutorCount; t++) {
      // An empty tutor priced at its first slot cost leaves that slot at reduced cost zero.
      this.tutorPrice[t] = slotStart[t + 1] > slotStart[t] ? slotCost[slotStart[t]] : 0;
    }
  }

  capacity(t: number): number {
    return this.instance.slotStart[t + 1] - this.instance.slotStart[t];
  }

  isFree(s: number): boolean {
    return this.matchedEdge[s] === NONE && this.waiting[s] === 0;
  }

  isDeficit(t: number): boolean {
    return this.slotFlow[t] > this.load[t];
  }

  tutorOf(s: number): number {
    const e = this.matchedEdge[s];
    return e === NONE ? NONE : this.instance.edgeTutor[e];
  }

  /** Places SME s on edge e (its tutor must hold a slot for it). */
  attach(s: number, e: number): void {
    const t = this.instance.edgeTutor[e];
    this.members[this.instance.slotStart[t] + this.load[t]++] = s;
    this.matchedEdge[s] = e;
    this.waiting[s] = 0;
  }

  /** Takes SME s off its tutor, leaving it free. */
  detach(s: number): void {
    const t = this.tutorOf(s);
    if (t === NONE) return;
    const first = this.instance.slotStart[t];
    const last = first + --this.load[t];
    for (let at = first; at < last; at++) {
      if (this.members[at] === s) this.members[at] = this.members[last];
    }
    this.matchedEdge[s] = NONE;
  }

  /** The highest price a free SME can take while all its arcs keep non-negative reduced costs. */
  openingPrice(s: number): number {
    const { edgeStart, edgeTutor, edgeCost, unassignedCost } = this.instance;
    let price = unassignedCost[s];
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      const t = edgeTutor[e];
      if (this.capacity(t) > 0) price = Math.min(price, edgeCost[e] + this.tutorPrice[t]);
    }
    return price;
  }

  /** Edges by tutor, built on first use: only deficits need to walk arcs into a tutor. */
  edgesIntoTutors(): EdgesIntoTutors {
    this.intoTutors ??= groupEdgesByTutor(this.instance);
    return this.intoTutors;
  }
}

export interface EdgesIntoTutors {
  /** Tutor t's edges are edge[start[t] .. start[t+1]), from SME sme[...] at the same position. */
  readonly start: Int32Array;
  readonly edge: Int32Array;
  readonly sme: Int32Array;
}

function groupEdgesByTutor({ tutorCount, smeCount, edgeStart, edgeTutor }: MatchingInstance): EdgesIntoTutors {
  const start = new Int32Array(tutorCount + 1);
  for (let e = 0; e < edgeTutor.length; e++) start[edgeTutor[e] + 1]++;
  for (let t = 0; t < tutorCount; t++) start[t + 1] += start[t];
  const fill = start.slice(0, tutorCount);
  const edge = new Int32Array(edgeTutor.length);
  const sme = new Int32Array(edgeTutor.length);
  for (let s = 0; s < smeCount; s++) {
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      const at = fill[edgeTutor[e]]++;
      edge[at] = e;
      sme[at] = s;
    }
  }
  return { start, edge, sme };
}

export { NONE };

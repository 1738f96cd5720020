import { type FlowNetwork, tutorBaseOf } from './flow-network.js';

/**
 * A pseudo-flow on a FlowNetwork with a potential per node, plus the sink: node `sink` (the
 * last index) takes every unit that waits or fills a slot. Every residual arc keeps a
 * non-negative reduced cost, cost + potential[tail] - potential[head]. Imbalances are sources
 * with units still to place (excess) and tutors paying for more slots than they hold (deficit,
 * left by a warm start); the phases resolve both.
 *
 * Residual arcs of node v are numbered 0 .. degree(v): first the arcs leaving v that have room,
 * then the arcs entering v that carry flow, taken backwards. The sink's are its way back: a
 * waiting unit of source j (number j), or the last paid slot of tutor t (sourceCount + t).
 */
export class ResidualNetwork {
  readonly sink: number;
  readonly tutorBase: number;
  readonly flow: Int32Array;
  readonly excess: Int32Array;
  readonly waitFlow: Int32Array;
  readonly load: Int32Array;
  /** Slots tutor t pays for; above its load, the difference is a deficit. */
  readonly paid: Int32Array;
  readonly potential: Float64Array;
  /** Filled by openArcs: the head and reduced cost of each open residual arc of one node. */
  readonly openHead: Int32Array;
  readonly openCost: Float64Array;

  constructor(readonly network: FlowNetwork) {
    this.tutorBase = tutorBaseOf(network);
    this.sink = this.tutorBase + network.tutorCount;
    this.flow = new Int32Array(network.arcHead.length);
    this.excess = Int32Array.from(network.supply);
    this.waitFlow = new Int32Array(network.sourceCount);
    this.load = new Int32Array(network.tutorCount);
    this.paid = new Int32Array(network.tutorCount);
    this.potential = new Float64Array(this.sink + 1);
    let widest = this.degree(this.sink);
    for (let v = 0; v < this.sink; v++) widest = Math.max(widest, this.degree(v));
    // One more for tightArcsInto, which may add the sink to a node's arcs.
    this.openHead = new Int32Array(widest + 1);
    this.openCost = new Float64Array(widest + 1);
  }

  /**
   * Lists v's open residual arcs in openHead and openCost (the searches' inner loop, written
   * out on the arrays) and returns how many there are.
   */
  openArcs(v: number): number {
    if (v === this.sink) return this.openSinkArcs();
    const { outStart, inStart, inArc, arcHead, arcTail, arcCost, arcCapacity } = this.network;
    const { flow, potential, openHead, openCost } = this;
    const here = potential[v];
    let count = 0;
    if (v < this.tutorBase) {
      for (let a = outStart[v]; a < outStart[v + 1]; a++) {
        if (flow[a] >= arcCapacity[a]) continue;
        const head = arcHead[a];
        openHead[count] = head;
        openCost[count++] = arcCost[a] + here - potential[head];
      }
    }
    for (let i = inStart[v]; i < inStart[v + 1]; i++) {
      const a = inArc[i];
      if (flow[a] === 0) continue;
      const tail = arcTail[a];
      openHead[count] = tail;
      openCost[count++] = here - arcCost[a] - potential[tail];
    }
    return count;
  }

  /** Lists the tails of the tight open residual arcs into w in openHead and returns how many there are. */
  tightArcsInto(w: number): number {
    if (w === this.sink) return 0;
    const { outStart, inStart, inArc, arcHead, arcTail, arcCost, arcCapacity, sourceCount } = this.network;
    const { flow, potential, openHead } = this;
    const here = potential[w];
    let count = 0;
    for (let i = inStart[w]; i < inStart[w + 1]; i++) {
      const a = inArc[i];
      if (flow[a] < arcCapacity[a] && arcCost[a] + potential[arcTail[a]] === here) openHead[count++] = arcTail[a];
    }
    if (w < this.tutorBase) {
      for (let a = outStart[w]; a < outStart[w + 1]; a++) {
        if (flow[a] > 0 && potential[arcHead[a]] - arcCost[a] === here) openHead[count++] = arcHead[a];
      }
    }
    const fromSink = w < sourceCount ? w : w >= this.tutorBase ? sourceCount + w - this.tutorBase : -1;
    if (fromSink >= 0 && this.isOpen(this.sink, fromSink) && this.reducedCost(this.sink, fromSink) === 0) openHead[count++] = this.sink;
    return count;
  }

  private openSinkArcs(): number {
    let count = 0;
    const degree = this.degree(this.sink);
    for (let j = 0; j < degree; j++) {
      if (!this.isOpen(this.sink, j)) continue;
      this.openHead[count] = this.head(this.sink, j);
      this.openCost[count++] = this.reducedCost(this.sink, j);
    }
    return count;
  }

  capacity(t: number): number {
    return this.network.slotStart[t + 1] - this.network.slotStart[t];
  }

  degree(v: number): number {
    const { network } = this;
    if (v === this.sink) return network.sourceCount + network.tutorCount;
    const out = v < this.tutorBase ? network.outStart[v + 1] - network.outStart[v] : 0;
    return out + network.inStart[v + 1] - network.inStart[v];
  }

  /** The arc behind residual arc j of v (not for the sink): >= 0 forwards, ~arc backwards. */
  arcAt(v: number, j: number): number {
    const { outStart, inStart, inArc } = this.network;
    const out = v < this.tutorBase ? outStart[v + 1] - outStart[v] : 0;
    return j < out ? outStart[v] + j : ~inArc[inStart[v] + j - out];
  }

  isOpen(v: number, j: number): boolean {
    if (v === this.sink) return j < this.network.sourceCount ? this.waitFlow[j] > 0 : this.paid[j - this.network.sourceCount] > 0;
    const a = this.arcAt(v, j);
    return a >= 0 ? this.flow[a] < this.network.arcCapacity[a] : this.flow[~a] > 0;
  }

  head(v: number, j: number): number {
    if (v === this.sink) return j < this.network.sourceCount ? j : this.tutorBase + j - this.network.sourceCount;
    const a = this.arcAt(v, j);
    return a >= 0 ? this.network.arcHead[a] : this.network.arcTail[~a];
  }

  reducedCost(v: number, j: number): number {
    const { network, potential } = this;
    if (v === this.sink) {
      const back = j < network.sourceCount ? -network.waitCost[j] : -network.slotCost[this.lastPaidSlot(j - network.sourceCount)];
      return back + potential[v] - potential[this.head(v, j)];
    }
    const a = this.arcAt(v, j);
    return a >= 0 ? network.arcCost[a] + potential[v] - potential[network.arcHead[a]] : -network.arcCost[~a] + potential[v] - potential[network.arcTail[~a]];
  }

  /** The head of residual arc j of v when it is open and tight (reduced cost 0), else -1. */
  tightHead(v: number, j: number): number {
    if (v === this.sink) return this.isOpen(v, j) && this.reducedCost(v, j) === 0 ? this.head(v, j) : -1;
    const { arcHead, arcTail, arcCost, arcCapacity } = this.network;
    const a = this.arcAt(v, j);
    if (a >= 0) return this.flow[a] < arcCapacity[a] && arcCost[a] + this.potential[v] === this.potential[arcHead[a]] ? arcHead[a] : -1;
    const arc = ~a;
    return this.flow[arc] > 0 && this.potential[v] - arcCost[arc] === this.potential[arcTail[arc]] ? arcTail[arc] : -1;
  }

  /** Moves one unit over residual arc j of v. */
  push(v: number, j: number): void {
    if (v === this.sink) {
      if (j < this.network.sourceCount) this.waitFlow[j]--;
      else this.paid[j - this.network.sourceCount]--;
      return;
    }
    const a = this.arcAt(v, j);
    const arc = a >= 0 ? a : ~a;
    this.flow[arc] += a >= 0 ? 1 : -1;
    const tutor = this.network.arcHead[arc] - this.tutorBase;
    if (tutor >= 0) this.load[tutor] += a >= 0 ? 1 : -1;
  }

  /** Reduced cost of leaving v for the sink now: waiting, a deficit (free), or the next slot. */
  exitCost(v: number): number {
    const { network, potential } = this;
    if (v < network.sourceCount) return network.waitCost[v] + potential[v] - potential[this.sink];
    const t = v - this.tutorBase;
    if (t < 0 || v === this.sink) return Infinity;
    if (this.paid[t] > this.load[t]) return 0;
    if (this.paid[t] >= this.capacity(t)) return Infinity;
    return network.slotCost[network.slotStart[t] + this.paid[t]] + potential[v] - potential[this.sink];
  }

  isDeficit(v: number): boolean {
    const t = v - this.tutorBase;
    return t >= 0 && v !== this.sink && this.paid[t] > this.load[t];
  }

  /** Ends a path at v: the unit waits, fills a deficit, or fills v's next slot. */
  exit(v: number): void {
    if (v < this.network.sourceCount) this.waitFlow[v]++;
    else if (this.load[v - this.tutorBase] > this.paid[v - this.tutorBase]) this.paid[v - this.tutorBase]++;
  }

  lastPaidSlot(t: number): number {
    return this.network.slotStart[t] + this.paid[t] - 1;
  }

  /** The LP dual of source v or tutor v: what a unit there is worth, measured from the sink. */
  dual(v: number): number {
    return this.potential[this.sink] - this.potential[v];
  }
}

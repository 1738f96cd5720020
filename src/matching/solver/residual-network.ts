import { CarryingArcs } from './carrying-arcs.js';
import { type FlowNetwork, tutorBaseOf } from './flow-network.js';
import type { SearchDirection } from './search-direction.js';

/**
 * A pseudo-flow on a FlowNetwork with a potential per node, plus the sink: node `sink` (the
 * last index) takes every unit that waits or fills a slot. Every residual arc keeps a
 * non-negative reduced cost, cost + potential[tail] - potential[head]. Imbalances are sources
 * with units still to place (excess) and tutors paying for more slots than they hold (deficit,
 * left by a warm start); the phases resolve both.
 *
 * An arc is taken forwards (number a) or backwards (~a). The sink's arcs are its way back: a
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
  /** Filled by openArcs and openArcsInto (arc, far end, reduced cost) and tightArcsInto (arc, far end), one node's arcs at a time. */
  readonly openHead: Int32Array;
  readonly openCost: Float64Array;
  readonly openArc: Int32Array;
  private readonly carrying: CarryingArcs;
  /** Filled by carriedOutOf. */
  private readonly carriedArc: Int32Array;

  constructor(readonly network: FlowNetwork) {
    this.tutorBase = tutorBaseOf(network);
    this.sink = this.tutorBase + network.tutorCount;
    this.flow = new Int32Array(network.arcHead.length);
    this.excess = Int32Array.from(network.supply);
    this.waitFlow = new Int32Array(network.sourceCount);
    this.load = new Int32Array(network.tutorCount);
    this.paid = new Int32Array(network.tutorCount);
    this.potential = new Float64Array(this.sink + 1);
    this.carrying = new CarryingArcs(network);
    let widest = 0;
    for (let v = 0; v < this.sink; v++) widest = Math.max(widest, this.degree(v));
    this.openHead = new Int32Array(widest);
    this.openCost = new Float64Array(widest);
    this.openArc = new Int32Array(widest);
    this.carriedArc = new Int32Array(widest);
  }

  /**
   * Lists v's open residual arcs in openArc, openHead and openCost (the searches' inner loop,
   * written out on the arrays) and returns how many there are. Not the sink's: a search from it runs
   * backwards (openArcsInto), and one towards it ends where a way out costs nothing.
   */
  openArcs(v: number): number {
    const { outStart, inStart, inArc, arcHead, arcTail, arcCost, arcCapacity } = this.network;
    const { flow, potential, openHead, openCost, openArc } = this;
    const here = potential[v];
    let count = 0;
    if (v < this.tutorBase) {
      for (let a = outStart[v]; a < outStart[v + 1]; a++) {
        if (flow[a] >= arcCapacity[a]) continue;
        const head = arcHead[a];
        openArc[count] = a;
        openHead[count] = head;
        openCost[count++] = arcCost[a] + here - potential[head];
      }
    }
    for (let i = inStart[v]; i < inStart[v + 1]; i++) {
      const a = inArc[i];
      if (flow[a] === 0) continue;
      const tail = arcTail[a];
      openArc[count] = ~a;
      openHead[count] = tail;
      openCost[count++] = here - arcCost[a] - potential[tail];
    }
    return count;
  }

  /**
   * Lists the open residual arcs into v in openArc, openHead (their tails) and openCost, as openArcs
   * does the arcs out of v, and returns how many there are. The sink's arcs are left out: a
   * backward search ends where one of them leads in (sinkArcInto).
   */
  openArcsInto(v: number): number {
    if (v === this.sink) return 0;
    const { inStart, inArc, arcHead, arcTail, arcCost, arcCapacity } = this.network;
    const { flow, potential, openHead, openCost, openArc } = this;
    const here = potential[v];
    let count = 0;
    for (let i = inStart[v]; i < inStart[v + 1]; i++) {
      const a = inArc[i];
      if (flow[a] >= arcCapacity[a]) continue;
      const tail = arcTail[a];
      openArc[count] = a;
      openHead[count] = tail;
      openCost[count++] = arcCost[a] + potential[tail] - here;
    }
    const carried = this.carriedOutOf(v);
    for (let k = 0; k < carried; k++) {
      const a = this.carriedArc[k];
      const head = arcHead[a];
      openArc[count] = ~a;
      openHead[count] = head;
      openCost[count++] = potential[head] - arcCost[a] - here;
    }
    return count;
  }

  /**
   * Lists in openArc and openHead (its tail) every tight residual arc (reduced cost 0) into v,
   * open or not, and returns how many there are: forwards, an arc that enters v; backwards (~a),
   * an arc out of v that carries a unit. Not the sink's. Both are found without reading a hub's
   * fan-out: its arcs enter tutors and lower hubs, whose own arcs in list them.
   */
  tightArcsInto(v: number): number {
    const { inStart, inArc, arcHead, arcTail, arcCost } = this.network;
    const { potential, openArc, openHead } = this;
    const here = potential[v];
    let count = 0;
    for (let i = inStart[v]; i < inStart[v + 1]; i++) {
      const a = inArc[i];
      if (arcCost[a] + potential[arcTail[a]] !== here) continue;
      openArc[count] = a;
      openHead[count++] = arcTail[a];
    }
    const carried = this.carriedOutOf(v);
    for (let k = 0; k < carried; k++) {
      const a = this.carriedArc[k];
      if (arcCost[a] + here !== potential[arcHead[a]]) continue;
      openArc[count] = ~a;
      openHead[count++] = arcHead[a];
    }
    return count;
  }

  /**
   * Lists in carriedArc the arcs out of v (a source or hub) that carry a unit, and returns how
   * many there are: a source's by a scan of its few arcs, a hub's from its CarryingArcs list.
   */
  private carriedOutOf(v: number): number {
    if (v >= this.tutorBase) return 0;
    const { outStart } = this.network;
    const { flow, carriedArc } = this;
    let count = 0;
    if (v < this.network.sourceCount) {
      for (let a = outStart[v]; a < outStart[v + 1]; a++) if (flow[a] > 0) carriedArc[count++] = a;
      return count;
    }
    for (let a = this.carrying.firstOf(v); a >= 0; a = this.carrying.after(a)) carriedArc[count++] = a;
    return count;
  }

  /** Reduced cost of the sink's arc into v (a wait undone, a slot given back), or Infinity when none is open. */
  costFromSink(v: number): number {
    const j = this.sinkArcInto(v);
    return j >= 0 && this.sinkArcOpen(j) ? this.sinkArcCost(j) : Infinity;
  }

  /** The number of the sink's arc into v (a source or a tutor), or -1. */
  sinkArcInto(v: number): number {
    const { sourceCount } = this.network;
    if (v < sourceCount) return v;
    return v >= this.tutorBase && v !== this.sink ? sourceCount + v - this.tutorBase : -1;
  }

  capacity(t: number): number {
    return this.network.slotStart[t + 1] - this.network.slotStart[t];
  }

  /** The number of arcs that leave or enter v, a source, hub or tutor. */
  degree(v: number): number {
    const { network } = this;
    const out = v < this.tutorBase ? network.outStart[v + 1] - network.outStart[v] : 0;
    return out + network.inStart[v + 1] - network.inStart[v];
  }

  /** Whether an arc (>= 0 forwards, ~arc backwards) has room. */
  isOpenArc(arc: number): boolean {
    return arc >= 0 ? this.flow[arc] < this.network.arcCapacity[arc] : this.flow[~arc] > 0;
  }

  /** Moves one unit over an arc (>= 0 forwards, ~arc backwards). */
  pushArc(arc: number): void {
    const forwards = arc >= 0;
    const a = forwards ? arc : ~arc;
    this.flow[a] += forwards ? 1 : -1;
    if (this.carrying.isHubArc(a) && this.flow[a] === (forwards ? 1 : 0)) {
      if (forwards) this.carrying.add(a);
      else this.carrying.remove(a);
    }
    const tutor = this.network.arcHead[a] - this.tutorBase;
    if (tutor >= 0) this.load[tutor] += forwards ? 1 : -1;
  }

  /** The sink's arc j has room: a unit of source j waits, or tutor j - sourceCount pays for a slot. */
  sinkArcOpen(j: number): boolean {
    return j < this.network.sourceCount ? this.waitFlow[j] > 0 : this.paid[j - this.network.sourceCount] > 0;
  }

  sinkArcHead(j: number): number {
    return j < this.network.sourceCount ? j : this.tutorBase + j - this.network.sourceCount;
  }

  sinkArcCost(j: number): number {
    const { network, potential } = this;
    const back = j < network.sourceCount ? -network.waitCost[j] : -network.slotCost[this.lastPaidSlot(j - network.sourceCount)];
    return back + potential[this.sink] - potential[this.sinkArcHead(j)];
  }

  /** Takes one unit back over the sink's arc j: a wait undone, or a slot no longer paid for. */
  pushFromSink(j: number): void {
    if (j < this.network.sourceCount) this.waitFlow[j]--;
    else this.paid[j - this.network.sourceCount]--;
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

  /** Whether root still has a unit to move: forwards, a source's excess; backwards, a tutor's deficit. */
  needsUnit(root: number, direction: SearchDirection): boolean {
    return direction === 'forwards' ? this.excess[root] > 0 : this.isDeficit(root);
  }

  /**
   * Ends one unit's move once the arcs of its path between root and `end` are pushed: forwards
   * it leaves source root and exits at `end`; backwards the sink gives it up over its arc into
   * `end`, and it fills tutor root's deficit.
   */
  completeMove(root: number, end: number, direction: SearchDirection): void {
    if (direction === 'forwards') {
      this.exit(end);
      this.excess[root]--;
    } else {
      this.pushFromSink(this.sinkArcInto(end));
      this.exit(root);
    }
  }

  /**
   * Raises tutor v's price to one short of the cheapest way a unit leaves it (its next slot,
   * or back over an arc that brought one): then none of its arcs is tight, and a search that
   * reaches a full tutor passes it by instead of spreading over every tutor of a tier at the
   * same cost. (Raised all the way, the arc back would be tight, and the live-node marking
   * would spread over those tutors instead.) Reduced costs stay non-negative: those of the
   * arcs into v grow, and none out of v falls below 1, so no tight path comes undone either.
   */
  raisePrice(v: number): void {
    const { inStart, inArc, arcTail, arcCost } = this.network;
    const { potential } = this;
    let cheapest = this.exitCost(v);
    for (let i = inStart[v]; i < inStart[v + 1]; i++) {
      const a = inArc[i];
      if (this.flow[a] > 0) cheapest = Math.min(cheapest, potential[v] - arcCost[a] - potential[arcTail[a]]);
    }
    if (cheapest > 1 && Number.isFinite(cheapest)) potential[v] -= cheapest - 1;
  }

  lastPaidSlot(t: number): number {
    return this.network.slotStart[t] + this.paid[t] - 1;
  }

  /** The LP dual of source v or tutor v: what a unit there is worth, measured from the sink. */
  dual(v: number): number {
    return this.potential[this.sink] - this.potential[v];
  }
}

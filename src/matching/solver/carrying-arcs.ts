import type { FlowNetwork } from './flow-network.js';

/**
 * The arcs out of each hub that carry flow, one doubly linked list per hub, kept up to date by
 * ResidualNetwork.pushArc (the only way a hub's arcs gain or lose flow). A search that runs
 * backwards into a hub, or a marking that follows the residual arcs into it, takes its units
 * back over these few instead of scanning its whole fan-out (up to 100,000 tutors nationally).
 */
export class CarryingArcs {
  /** The first hub arc: the arcs of hubs are numbered on from here (FlowNetwork orders arcs by tail). */
  private readonly base: number;
  private readonly first: Int32Array;
  private readonly next: Int32Array;
  private readonly previous: Int32Array;

  constructor(private readonly network: FlowNetwork) {
    this.base = network.outStart[network.sourceCount];
    this.first = new Int32Array(network.hubCount).fill(-1);
    this.next = new Int32Array(network.arcHead.length - this.base);
    this.previous = new Int32Array(network.arcHead.length - this.base);
  }

  isHubArc(a: number): boolean {
    return a >= this.base;
  }

  /** The first arc out of hub node v that carries flow, or -1. */
  firstOf(v: number): number {
    return this.first[v - this.network.sourceCount];
  }

  /** The arc after hub arc a in its hub's list, or -1. */
  after(a: number): number {
    return this.next[a - this.base];
  }

  /** Lists hub arc a, which has just gained its first unit. */
  add(a: number): void {
    const hub = this.network.arcTail[a] - this.network.sourceCount;
    const head = this.first[hub];
    this.next[a - this.base] = head;
    this.previous[a - this.base] = -1;
    if (head >= 0) this.previous[head - this.base] = a;
    this.first[hub] = a;
  }

  /** Unlists hub arc a, which has just lost its last unit. */
  remove(a: number): void {
    const before = this.previous[a - this.base];
    const after = this.next[a - this.base];
    if (before >= 0) this.next[before - this.base] = after;
    else this.first[this.network.arcTail[a] - this.network.sourceCount] = after;
    if (after >= 0) this.previous[after - this.base] = before;
  }
}

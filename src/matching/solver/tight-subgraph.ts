import type { ResidualNetwork } from './residual-network.js';
import { grown } from './grown.js';

/**
 * The tight arcs (reduced cost 0, either way round) among one phase's live nodes, kept from
 * the marking of those nodes, which lists every live node's tight arcs once anyway. Potentials
 * stay put within a phase, so an arc's tightness cannot change there, only whether it has
 * room, which the readers check as they go. Levellings and searches then read these few arcs
 * instead of each node's whole adjacency (a hub's runs to thousands of tutors). The sink is
 * not listed: its arcs' costs move with the slots it takes back.
 */
export class TightSubgraph {
  /** Node v's tight arcs are arc[begin[v] .. end[v]), each an arc (>= 0 forwards, ~arc backwards) with its far end in head. */
  readonly begin: Int32Array;
  readonly end: Int32Array;
  arc = new Int32Array(64);
  head = new Int32Array(64);
  private size = 0;

  constructor(private readonly net: ResidualNetwork) {
    this.begin = new Int32Array(net.sink + 1);
    this.end = new Int32Array(net.sink + 1);
  }

  /** Starts a phase: nothing is listed. */
  reset(): void {
    this.size = 0;
  }

  /** Keeps v's tight arcs, as the network's tightArcs(v) has just listed `count` of them. */
  add(v: number, count: number): void {
    const { net } = this;
    this.arc = grown(this.arc, this.size + count);
    this.head = grown(this.head, this.size + count);
    this.begin[v] = this.size;
    this.arc.set(net.openArc.subarray(0, count), this.size);
    this.head.set(net.openHead.subarray(0, count), this.size);
    this.size += count;
    this.end[v] = this.size;
  }

  /** Drops the arcs to nodes that are not live, once every live node is known; `nodes` are those added, in order (and the sink). */
  keepLive(nodes: Int32Array, count: number, isLive: (v: number) => boolean): void {
    const { begin, end, arc, head } = this;
    let size = 0;
    for (let k = 0; k < count; k++) {
      const v = nodes[k];
      if (v === this.net.sink) continue;
      const from = begin[v];
      begin[v] = size;
      for (let i = from; i < end[v]; i++) {
        if (!isLive(head[i])) continue;
        arc[size] = arc[i];
        head[size++] = head[i];
      }
      end[v] = size;
    }
    this.size = size;
  }
}

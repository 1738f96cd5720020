import type { FlowNetwork } from './flow-network.js';
import { withRoomFor } from './with-room-for.js';

/**
 * The tight arcs (reduced cost 0, either way round) among one phase's live nodes, collected
 * by the marking of those nodes, which lists the tight arcs into every live node anyway: every
 * arc between two live nodes enters one of them, so each is collected once, from its head.
 * Potentials stay put within a phase, so an arc's tightness cannot change there, only whether
 * it has room, which the readers check as they go. Levellings and searches then read these few
 * arcs instead of each node's whole adjacency (a hub's runs to thousands of tutors). The sink
 * is not listed: its arcs' costs move with the slots it takes back.
 */
export class TightSubgraph {
  /** Node v's tight arcs are arc[begin[v] .. end[v]), each an arc (>= 0 forwards, ~arc backwards) with its far end in head. */
  readonly begin: Int32Array;
  readonly end: Int32Array;
  arc = new Int32Array(64);
  head = new Int32Array(64);
  /** The network's arcs collected, not yet grouped by their ends. */
  private collectedArcs = new Int32Array(64);
  private collected = 0;

  constructor(nodeCount: number) {
    this.begin = new Int32Array(nodeCount);
    this.end = new Int32Array(nodeCount);
  }

  /** Starts a phase: nothing is collected. */
  reset(): void {
    this.collected = 0;
  }

  /** Collects the network's tight arc a, to be listed both ways round if both its ends are live. */
  collect(a: number): void {
    this.collectedArcs = withRoomFor(this.collectedArcs, this.collected + 1);
    this.collectedArcs[this.collected++] = a;
  }

  /**
   * Lists the arcs collected whose ends are both live, forwards at the tail and backwards at
   * the head, once every live node is known: `nodes` are the live nodes (the sink among them
   * lists nothing).
   */
  keepLive(network: FlowNetwork, nodes: Int32Array, count: number, isLive: (v: number) => boolean): void {
    const { begin, end, collectedArcs } = this;
    const { arcTail, arcHead } = network;
    for (let k = 0; k < count; k++) end[nodes[k]] = 0;
    let kept = 0;
    for (let i = 0; i < this.collected; i++) {
      const a = collectedArcs[i];
      if (!isLive(arcTail[a]) || !isLive(arcHead[a])) continue;
      end[arcTail[a]]++;
      end[arcHead[a]]++;
      collectedArcs[kept++] = a;
    }
    this.arc = withRoomFor(this.arc, 2 * kept);
    this.head = withRoomFor(this.head, 2 * kept);
    let next = 0;
    for (let k = 0; k < count; k++) {
      const v = nodes[k];
      begin[v] = next;
      next += end[v];
      end[v] = begin[v];
    }
    for (let i = 0; i < kept; i++) {
      const a = collectedArcs[i];
      this.place(arcTail[a], a, arcHead[a]);
      this.place(arcHead[a], ~a, arcTail[a]);
    }
  }

  private place(v: number, arc: number, far: number): void {
    const at = this.end[v]++;
    this.arc[at] = arc;
    this.head[at] = far;
  }
}

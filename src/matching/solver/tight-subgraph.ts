import type { ResidualNetwork } from './residual-network.js';
import { grown } from './grown.js';

/**
 * The tight arcs (reduced cost 0, either way round) among one phase's live nodes, listed for a
 * node the first time a levelling reaches it. Potentials stay put within a phase, so an arc's
 * tightness cannot change there, only whether it has room, which the readers check as they go.
 * Levellings and searches then read these few arcs instead of each node's whole adjacency (a
 * hub's runs to thousands of tutors). The sink is not listed: its arcs' costs move with the
 * slots it takes back.
 */
export class TightSubgraph {
  /** Node v's tight arcs are arc[begin[v] .. end[v]), each an arc (>= 0 forwards, ~arc backwards) with its far end in head. */
  readonly begin: Int32Array;
  readonly end: Int32Array;
  arc = new Int32Array(64);
  head = new Int32Array(64);
  private readonly listedIn: Int32Array;
  private phase = 0;
  private size = 0;
  private isLive: (v: number) => boolean = () => false;

  constructor(private readonly net: ResidualNetwork) {
    this.begin = new Int32Array(net.sink + 1);
    this.end = new Int32Array(net.sink + 1);
    this.listedIn = new Int32Array(net.sink + 1);
  }

  /** Starts a phase whose live nodes are those `isLive` accepts; nothing is listed yet. */
  reset(isLive: (v: number) => boolean): void {
    this.phase++;
    this.size = 0;
    this.isLive = isLive;
  }

  /** Lists v's tight arcs to live nodes, unless this phase already has; returns where they begin. */
  listed(v: number): number {
    const { net, begin, end, isLive } = this;
    if (this.listedIn[v] === this.phase) return begin[v];
    this.listedIn[v] = this.phase;
    begin[v] = this.size;
    const count = net.tightArcs(v);
    this.arc = grown(this.arc, this.size + count);
    this.head = grown(this.head, this.size + count);
    for (let i = 0; i < count; i++) {
      if (!isLive(net.openHead[i])) continue;
      this.arc[this.size] = net.openArc[i];
      this.head[this.size++] = net.openHead[i];
    }
    end[v] = this.size;
    return begin[v];
  }
}

import type { TargetCost } from './phase-search.js';
import type { ResidualNetwork } from './residual-network.js';
import { grown } from './grown.js';
import type { TightSubgraph } from './tight-subgraph.js';

/**
 * Dinic's blocking flow on the tight residual arcs (reduced cost 0) after a primal-dual step.
 * Levels from the start nodes make every augmenting path shortest in arcs, so a node that led
 * nowhere stays a dead end until the next layering, and each node's current arc only moves on.
 * Both read the phase's TightSubgraph, except at the sink, which only fillDeficits starts from:
 * there they read the sink's tight arcs into live nodes, listed by the marking.
 */
export class BlockingFlow {
  private readonly level: Int32Array;
  private readonly layeredIn: Int32Array;
  private readonly aliveIn: Int32Array;
  private aliveStamp = 0;
  private readonly currentArc: Int32Array;
  private readonly queue: Int32Array;
  private readonly pathNode: Int32Array;
  private readonly pathArc: Int32Array;
  private layering = 0;
  private targetLevel = 0;
  /** The sink's arcs that were tight and open into a live node when the live nodes were marked. */
  private sinkArcs = new Int32Array(64);
  private sinkArcCount = 0;

  /** `tight` is the phases' TightSubgraph, with room for every node of net. */
  constructor(
    private readonly net: ResidualNetwork,
    private readonly tight: TightSubgraph,
  ) {
    const size = net.sink + 1;
    this.level = new Int32Array(size);
    this.layeredIn = new Int32Array(size);
    this.aliveIn = new Int32Array(size);
    this.currentArc = new Int32Array(size);
    this.queue = new Int32Array(size);
    this.pathNode = new Int32Array(size + 1);
    this.pathArc = new Int32Array(size + 1);
  }

  /**
   * Marks the nodes from which a tight path leads to a target, by a backward search from every
   * target (among `candidates`, when the caller knows where the targets can be). Within a
   * phase (potentials fixed) a node without such a path never gains one: new residual arcs
   * only join nodes of an augmenting path, which all had one. Levellings until the next
   * marking then leave the other nodes out, and read the tight arcs among these, which the
   * marking collects in the phase's TightSubgraph as it lists the arcs into each live node.
   * The sink's arcs into live nodes are listed as they are found: from the sink, an arc's
   * cost only rises within a phase (the slot it gives back next is no dearer), so no other
   * arc of the sink can become tight before the next marking.
   */
  markAlive(target: TargetCost, candidates?: ArrayLike<number>): void {
    const { net, aliveIn, queue } = this;
    const stamp = ++this.aliveStamp;
    let tail = 0;
    const mark = (v: number) => {
      if (aliveIn[v] === stamp) return;
      aliveIn[v] = stamp;
      queue[tail++] = v;
    };
    this.sinkArcCount = 0;
    this.tight.reset();
    if (candidates) {
      for (let i = 0; i < candidates.length; i++) if (target(candidates[i]) === 0) mark(candidates[i]);
    } else {
      // Only sources and tutors have a way out (ResidualNetwork.exitCost): hubs and the sink end no path.
      for (let v = 0; v < net.network.sourceCount; v++) if (target(v) === 0) mark(v);
      for (let v = net.tutorBase; v < net.sink; v++) if (target(v) === 0) mark(v);
    }
    for (let head = 0; head < tail; head++) {
      const w = queue[head];
      if (w === net.sink) continue;
      const count = net.tightArcsInto(w);
      for (let i = 0; i < count; i++) {
        const arc = net.openArc[i];
        // An arc that enters w is collected here, from its head; one w carries a unit over, from its own.
        if (arc >= 0) this.tight.collect(arc);
        if (net.isOpenArc(arc)) mark(net.openHead[i]);
      }
      const j = net.sinkArcInto(w);
      if (j < 0 || !this.isTightSinkArc(j)) continue;
      this.sinkArcs = grown(this.sinkArcs, this.sinkArcCount + 1);
      this.sinkArcs[this.sinkArcCount++] = j;
      mark(net.sink);
    }
    this.tight.keepLive(net.network, queue, tail, (v) => aliveIn[v] === stamp);
  }

  /** Levels the tight residual graph by breadth-first search up to the nearest targets; false when none is reachable. */
  layer(starts: ArrayLike<number>, target: TargetCost): boolean {
    const { net, level, layeredIn, queue } = this;
    const stamp = ++this.layering;
    let tail = 0;
    for (let i = 0; i < starts.length; i++) if (this.aliveIn[starts[i]] === this.aliveStamp) tail = this.enter(starts[i], 0, stamp, tail);
    this.targetLevel = Infinity;
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      if (level[v] >= this.targetLevel) break;
      if (target(v) === 0) {
        this.targetLevel = level[v];
        continue;
      }
      if (v === net.sink) {
        tail = this.layerSinkArcs(tail, stamp);
        continue;
      }
      const { tight } = this;
      for (let i = tight.begin[v]; i < tight.end[v]; i++) {
        const w = tight.head[i];
        if (layeredIn[w] !== stamp && net.isOpenArc(tight.arc[i])) tail = this.enter(w, level[v] + 1, stamp, tail);
      }
    }
    return this.targetLevel !== Infinity;
  }

  /** Moves one unit from root to a target along a layered tight path; false when root is a dead end. */
  augment(root: number, target: TargetCost): boolean {
    const { net, level, layeredIn, currentArc, pathNode, pathArc } = this;
    const stamp = this.layering;
    if (layeredIn[root] !== stamp) return false;
    let depth = 0;
    pathNode[0] = root;
    for (;;) {
      const v = pathNode[depth];
      if (level[v] === this.targetLevel && target(v) === 0) {
        for (let i = 0; i < depth; i++) {
          if (pathNode[i] === net.sink) net.pushFromSink(pathArc[i]);
          else net.pushArc(pathArc[i]);
        }
        net.exit(v);
        return true;
      }
      const next = level[v] < this.targetLevel ? this.nextTightArc(v, stamp) : -1;
      if (next >= 0) {
        pathArc[depth] = v === net.sink ? this.sinkArcs[currentArc[v]] : this.tight.arc[currentArc[v]];
        pathNode[++depth] = next;
        continue;
      }
      layeredIn[v] = 0;
      if (depth === 0) return false;
      depth--;
      currentArc[pathNode[depth]]++;
    }
  }

  /** Levels the sink's listed arcs that are still tight and open; returns the queue's new tail. */
  private layerSinkArcs(tail: number, stamp: number): number {
    const { net, level, layeredIn } = this;
    let end = tail;
    for (let k = 0; k < this.sinkArcCount; k++) {
      const j = this.sinkArcs[k];
      const w = net.sinkArcHead(j);
      if (layeredIn[w] !== stamp && this.isTightSinkArc(j)) end = this.enter(w, level[net.sink] + 1, stamp, end);
    }
    return end;
  }

  private isTightSinkArc(j: number): boolean {
    return this.net.sinkArcOpen(j) && this.net.sinkArcCost(j) === 0;
  }

  /** Puts w on this levelling's queue at `tail` with its level and first arc; returns the new tail. */
  private enter(w: number, atLevel: number, stamp: number, tail: number): number {
    this.layeredIn[w] = stamp;
    this.level[w] = atLevel;
    this.currentArc[w] = this.firstArc(w);
    this.queue[tail] = w;
    return tail + 1;
  }

  /** Where v's current arc starts: its first tight arc, or the sink's first listed arc. */
  private firstArc(v: number): number {
    return v === this.net.sink ? 0 : this.tight.begin[v];
  }

  /** Advances v's current arc to the next open tight arc into the following level; returns its head or -1. */
  private nextTightArc(v: number, stamp: number): number {
    const { net, level, layeredIn, currentArc } = this;
    if (v === net.sink) return this.nextSinkArc(stamp);
    const { arc, head, end } = this.tight;
    for (; currentArc[v] < end[v]; currentArc[v]++) {
      const w = head[currentArc[v]];
      if (layeredIn[w] === stamp && level[w] === level[v] + 1 && net.isOpenArc(arc[currentArc[v]])) return w;
    }
    return -1;
  }

  private nextSinkArc(stamp: number): number {
    const { net, level, layeredIn, currentArc } = this;
    const { sink } = net;
    for (; currentArc[sink] < this.sinkArcCount; currentArc[sink]++) {
      const j = this.sinkArcs[currentArc[sink]];
      const w = net.sinkArcHead(j);
      if (layeredIn[w] === stamp && level[w] === level[sink] + 1 && this.isTightSinkArc(j)) return w;
    }
    return -1;
  }
}

import type { TargetCost } from './phase-search.js';
import type { SearchDirection } from './search-direction.js';
import type { ResidualNetwork } from './residual-network.js';
import type { TightSubgraph } from './tight-subgraph.js';

/**
 * Dinic's blocking flow on the tight residual arcs (reduced cost 0) after a primal-dual step.
 * Levels from the roots make every augmenting path shortest in arcs, so a node that led
 * nowhere stays a dead end until the next layering, and each node's current arc only moves on.
 * Both read the phase's TightSubgraph. Forwards, the roots are the sources with units to place
 * and the paths end where a unit can leave; backwards (filling deficits), the roots are the
 * deficit tutors and the paths, taken against the arcs, end where the sink's arc leads in:
 * the sink has a tight arc into thousands of nodes, and levelling from it swept nearly every
 * live node a dozen times a round, where levelling from the few deficits stops at the first
 * level the sink reaches.
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
    this.tight.reset();
    if (candidates) {
      for (let i = 0; i < candidates.length; i++) if (target(candidates[i]) === 0) mark(candidates[i]);
    } else {
      // Only sources and tutors have a way out (ResidualNetwork.exitCost): hubs end no path.
      for (let v = 0; v < net.network.sourceCount; v++) if (target(v) === 0) mark(v);
      for (let v = net.tutorBase; v < net.sink; v++) if (target(v) === 0) mark(v);
    }
    for (let head = 0; head < tail; head++) {
      const w = queue[head];
      const count = net.tightArcsInto(w);
      for (let i = 0; i < count; i++) {
        const arc = net.openArc[i];
        // An arc that enters w is collected here, from its head; one w carries a unit over, from its own.
        if (arc >= 0) this.tight.collect(arc);
        if (net.isOpenArc(arc)) mark(net.openHead[i]);
      }
    }
    this.tight.keepLive(net.network, queue, tail, (v) => aliveIn[v] === stamp);
  }

  /**
   * Levels and augments until no root that still needs a unit (ResidualNetwork.needsUnit)
   * reaches an end (a node whose `end` cost is 0): forwards from sources with units to their
   * ways out, or backwards from deficit tutors to the sink's tight arcs.
   */
  saturate(roots: ArrayLike<number>, end: TargetCost, direction: SearchDirection): void {
    const needs = (root: number) => this.net.needsUnit(root, direction);
    for (let left = Array.from(roots); left.length > 0 && this.layer(left, end, direction); left = left.filter(needs)) {
      for (const root of left) while (needs(root) && this.augment(root, end, direction));
    }
  }

  /** Levels the tight residual graph by breadth-first search from the roots up to the nearest ends; false when none is reachable. */
  private layer(roots: readonly number[], end: TargetCost, direction: SearchDirection): boolean {
    const { net, level, layeredIn, queue, tight } = this;
    const stamp = ++this.layering;
    let tail = 0;
    for (const root of roots) if (this.aliveIn[root] === this.aliveStamp) tail = this.enter(root, 0, stamp, tail);
    this.targetLevel = Infinity;
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      if (level[v] >= this.targetLevel) break;
      if (end(v) === 0) {
        this.targetLevel = level[v];
        continue;
      }
      for (let i = tight.begin[v]; i < tight.end[v]; i++) {
        const w = tight.head[i];
        if (layeredIn[w] !== stamp && net.isOpenArc(oriented(tight.arc[i], direction))) tail = this.enter(w, level[v] + 1, stamp, tail);
      }
    }
    return this.targetLevel !== Infinity;
  }

  /** Moves one unit along a layered tight path between root and an end (ResidualNetwork.completeMove); false when root is a dead end. */
  private augment(root: number, end: TargetCost, direction: SearchDirection): boolean {
    const { net, level, layeredIn, currentArc, pathNode, pathArc } = this;
    const stamp = this.layering;
    if (layeredIn[root] !== stamp) return false;
    let depth = 0;
    pathNode[0] = root;
    for (;;) {
      const v = pathNode[depth];
      if (level[v] === this.targetLevel && end(v) === 0) {
        for (let i = 0; i < depth; i++) net.pushArc(pathArc[i]);
        net.completeMove(root, v, direction);
        return true;
      }
      const next = level[v] < this.targetLevel ? this.nextTightArc(v, stamp, direction) : -1;
      if (next >= 0) {
        pathArc[depth] = oriented(this.tight.arc[currentArc[v]], direction);
        pathNode[++depth] = next;
        continue;
      }
      layeredIn[v] = 0;
      if (depth === 0) return false;
      depth--;
      currentArc[pathNode[depth]]++;
    }
  }

  /** Puts w on this levelling's queue at `tail` with its level and first arc; returns the new tail. */
  private enter(w: number, atLevel: number, stamp: number, tail: number): number {
    this.layeredIn[w] = stamp;
    this.level[w] = atLevel;
    this.currentArc[w] = this.tight.begin[w];
    this.queue[tail] = w;
    return tail + 1;
  }

  /** Advances v's current arc to the next open tight arc into the following level; returns its head or -1. */
  private nextTightArc(v: number, stamp: number, direction: SearchDirection): number {
    const { net, level, layeredIn, currentArc } = this;
    const { arc, head, end } = this.tight;
    for (; currentArc[v] < end[v]; currentArc[v]++) {
      const w = head[currentArc[v]];
      if (layeredIn[w] === stamp && level[w] === level[v] + 1 && net.isOpenArc(oriented(arc[currentArc[v]], direction))) return w;
    }
    return -1;
  }
}

/**
 * The residual arc a path takes over a node's listed tight arc (v to its far end): the arc
 * itself forwards; backwards, the path runs from the far end into v, over the arc reversed.
 */
function oriented(arc: number, direction: SearchDirection): number {
  return direction === 'forwards' ? arc : ~arc;
}

import { BinaryHeap } from './binary-heap.js';

/**
 * Scratch arrays of a shortest-path search, reused across searches: a stamp marks what the
 * current search has touched, so nothing is cleared between searches. Node v < smeCount is an
 * SME, v >= smeCount the tutor v - smeCount.
 */
export class SearchWorkspace {
  readonly heap = new BinaryHeap();
  readonly distance: Float64Array;
  /** For a node: the edge by which the path goes on from it (meaning depends on the search). */
  readonly viaEdge: Int32Array;
  /** For a node: the node the path goes on to. */
  readonly viaNode: Int32Array;
  private readonly touchedIn: Int32Array;
  private readonly settledIn: Int32Array;
  private round = 0;
  settled: Int32Array;
  settledCount = 0;

  constructor(nodeCount: number) {
    this.distance = new Float64Array(nodeCount);
    this.viaEdge = new Int32Array(nodeCount);
    this.viaNode = new Int32Array(nodeCount);
    this.touchedIn = new Int32Array(nodeCount);
    this.settledIn = new Int32Array(nodeCount);
    this.settled = new Int32Array(64);
  }

  begin(): void {
    this.round++;
    this.heap.clear();
    this.settledCount = 0;
  }

  /** Lowers the tentative distance of v; returns false when v already has a shorter one. */
  offer(v: number, distance: number, viaNode: number, viaEdge: number): boolean {
    if (this.settledIn[v] === this.round) return false;
    if (this.touchedIn[v] === this.round && this.distance[v] <= distance) return false;
    this.touchedIn[v] = this.round;
    this.distance[v] = distance;
    this.viaNode[v] = viaNode;
    this.viaEdge[v] = viaEdge;
    this.heap.push(distance, v);
    return true;
  }

  /** Pops the nearest unsettled node whose distance is below limit, or returns -1. */
  nextBelow(limit: number): number {
    const { heap } = this;
    while (heap.size > 0 && heap.topKey() < limit) {
      const v = heap.pop();
      if (this.settledIn[v] === this.round) continue;
      this.settledIn[v] = this.round;
      if (this.settledCount === this.settled.length) this.growSettled();
      this.settled[this.settledCount++] = v;
      return v;
    }
    return -1;
  }

  private growSettled(): void {
    const settled = new Int32Array(this.settled.length * 2);
    settled.set(this.settled);
    this.settled = settled;
  }
}

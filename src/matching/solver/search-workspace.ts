import { BinaryHeap } from './binary-heap.js';
import { BucketQueue } from './bucket-queue.js';
import { withRoomFor } from './with-room-for.js';

/** Searches bounded below this many (the domain's, with its small costs) use a bucket queue. */
const BUCKETS = 4096;

/**
 * Scratch arrays of a shortest-path search, reused across searches: a stamp marks what the
 * current search has touched, so nothing is cleared between searches.
 */
export class SearchWorkspace {
  private readonly heap = new BinaryHeap();
  private readonly buckets = new BucketQueue(BUCKETS);
  private queue: BinaryHeap | BucketQueue = this.heap;
  readonly distance: Float64Array;
  /** The arc (>= 0 forwards, ~arc backwards) over which each node was last offered its distance. */
  readonly via: Int32Array;
  private readonly touchedIn: Int32Array;
  private readonly settledIn: Int32Array;
  private round = 0;
  settled: Int32Array;
  settledCount = 0;
  /** Set by tightenShortestPaths. */
  nearestEnd = -1;

  constructor(readonly nodeCount: number) {
    this.distance = new Float64Array(nodeCount);
    this.via = new Int32Array(nodeCount);
    this.touchedIn = new Int32Array(nodeCount);
    this.settledIn = new Int32Array(nodeCount);
    this.settled = new Int32Array(64);
  }

  /** Starts a search that settles only nodes nearer than `bound` (integer costs give integer distances). */
  begin(bound: number): void {
    this.round++;
    this.queue = Number.isInteger(bound) && bound <= BUCKETS ? this.buckets : this.heap;
    this.queue.clear(bound);
    this.settledCount = 0;
  }

  /** Lowers the tentative distance of v; returns false when v already has a shorter one. */
  offer(v: number, distance: number, via = 0): boolean {
    if (this.settledIn[v] === this.round) return false;
    if (this.touchedIn[v] === this.round && this.distance[v] <= distance) return false;
    this.touchedIn[v] = this.round;
    this.distance[v] = distance;
    this.via[v] = via;
    this.queue.push(distance, v);
    return true;
  }

  /** Settles v at once, outside the queue: its distance is known to be final. */
  settleAt(v: number, distance: number, via: number): void {
    this.settledIn[v] = this.round;
    this.distance[v] = distance;
    this.via[v] = via;
    if (this.settledCount === this.settled.length) this.settled = withRoomFor(this.settled, this.settledCount + 1);
    this.settled[this.settledCount++] = v;
  }

  /** Pops the nearest unsettled node whose distance is below limit, or returns -1. */
  nextBelow(limit: number): number {
    const { queue } = this;
    while (queue.topKey() < limit) {
      const v = queue.pop();
      if (this.settledIn[v] === this.round) continue;
      this.settledIn[v] = this.round;
      if (this.settledCount === this.settled.length) this.settled = withRoomFor(this.settled, this.settledCount + 1);
      this.settled[this.settledCount++] = v;
      return v;
    }
    return -1;
  }
}

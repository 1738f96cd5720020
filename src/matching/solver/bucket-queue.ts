import { withRoomFor } from './with-room-for.js';

/**
 * Dial's bucket queue for small non-negative integer keys below a bound fixed per search:
 * the domain's few cost tiers keep every search's bound small, so a push and a pop cost O(1)
 * instead of a heap's O(log n). Each bucket is first in, first out.
 */
export class BucketQueue {
  private head: Int32Array;
  private tail: Int32Array;
  private stampOf: Int32Array;
  private next = new Int32Array(1024);
  private nodes = new Int32Array(1024);
  private count = 0;
  private stamp = 0;
  private cursor = 0;
  private end = 0;

  constructor(readonly capacity: number) {
    this.head = new Int32Array(capacity);
    this.tail = new Int32Array(capacity);
    this.stampOf = new Int32Array(capacity);
  }

  /** Empties the queue for keys in [0, bound). */
  clear(bound: number): void {
    this.stamp++;
    this.count = 0;
    this.cursor = 0;
    this.end = Math.min(this.capacity, Math.max(0, Math.ceil(bound)));
  }

  /** Keys at or beyond the bound are dropped: no search ever settles them. */
  push(key: number, node: number): void {
    if (key >= this.end) return;
    if (this.count === this.nodes.length) {
      this.next = withRoomFor(this.next, this.count + 1);
      this.nodes = withRoomFor(this.nodes, this.count + 1);
    }
    const entry = this.count++;
    this.nodes[entry] = node;
    this.next[entry] = -1;
    if (this.stampOf[key] !== this.stamp || this.head[key] < 0) {
      this.stampOf[key] = this.stamp;
      this.head[key] = entry;
    } else {
      this.next[this.tail[key]] = entry;
    }
    this.tail[key] = entry;
  }

  /** The least key held, or Infinity. */
  topKey(): number {
    while (this.cursor < this.end && (this.stampOf[this.cursor] !== this.stamp || this.head[this.cursor] < 0)) this.cursor++;
    return this.cursor < this.end ? this.cursor : Infinity;
  }

  /** Removes an entry of the least key (call topKey first) and returns its node. */
  pop(): number {
    const entry = this.head[this.cursor];
    this.head[this.cursor] = this.next[entry];
    return this.nodes[entry];
  }
}

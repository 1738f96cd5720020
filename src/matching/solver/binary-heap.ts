import { withRoomFor } from './with-room-for.js';

/** A min-heap of (key, node) pairs on typed arrays; stale entries are skipped by the caller. */
export class BinaryHeap {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      this.keys = withRoomFor(this.keys, this.size + 1);
      this.nodes = withRoomFor(this.nodes, this.size + 1);
    }
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[at] = this.keys[parent];
      this.nodes[at] = this.nodes[parent];
      at = parent;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
  }

  /** The least key held, or Infinity. */
  topKey(): number {
    return this.size > 0 ? this.keys[0] : Infinity;
  }

  /** Removes the smallest entry and returns its node. */
  pop(): number {
    const top = this.nodes[0];
    const last = --this.size;
    const key = this.keys[last];
    const node = this.nodes[last];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.keys[at] = this.keys[child];
      this.nodes[at] = this.nodes[child];
      at = child;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
    return top;
  }
}

import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { BinaryHeap } from './binary-heap.js';
import { BucketQueue } from './bucket-queue.js';

describe('BucketQueue', () => {
  it('pops keys in the order a heap does, drops keys beyond its bound, and starts empty after clear', () => {
    const random = new SeededRandom(3);
    const sut = new BucketQueue(64);
    for (let round = 0; round < 50; round++) {
      const bound = random.int(0, 64);
      const heap = new BinaryHeap();
      sut.clear(bound);
      heap.clear();
      for (let i = 0; i < random.int(0, 3000); i++) {
        const key = random.int(0, 70);
        sut.push(key, i);
        if (key < bound) heap.push(key, i);
      }

      const popped: number[] = [];
      while (sut.topKey() < Infinity) {
        expect(sut.topKey()).toBe(heap.topKey());
        popped.push(sut.topKey());
        sut.pop();
        heap.pop();
      }

      expect(heap.size).toBe(0);
      expect(popped).toEqual([...popped].sort((a, b) => a - b));
    }
  });
});

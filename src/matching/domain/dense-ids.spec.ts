import { describe, expect, it } from '@jest/globals';
import { denseIds } from './dense-ids.js';

describe('denseIds', () => {
  it('numbers values from 0 in order of first appearance and leaves negative ones out', () => {
    const values = [-1, 7, 2 ** 40, 7, -5, 3, 2 ** 40];
    const { ids, count } = denseIds(values.length, (item) => values[item]);
    expect(Array.from(ids)).toEqual([-1, 0, 1, 0, -1, 2, 1]);
    expect(count).toBe(3);
  });
});

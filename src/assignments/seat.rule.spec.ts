import { describe, expect, it } from '@jest/globals';
import { firstFreeSeat } from './seat.rule.js';

describe('firstFreeSeat', () => {
  it.each([
    [[], 3, 1],
    [[1], 3, 2],
    [[2], 3, 1],
    [[1, 3], 3, 2],
    [[1, 2], 2, null],
    [[1, 2, 3], 3, null],
    [[], 1, 1],
    [[1], 1, null],
  ])('with seats %j taken of %i gives %s', (taken, maxSmes, expected) => {
    expect(firstFreeSeat(taken, maxSmes)).toBe(expected);
  });

  it('never offers a seat beyond maxSmes, even when a lowered maxSmes left higher seats taken', () => {
    expect(firstFreeSeat([3], 2)).toBe(1);
    expect(firstFreeSeat([1, 3], 2)).toBe(2);
    expect(firstFreeSeat([1, 2, 3], 2)).toBeNull();
  });
});

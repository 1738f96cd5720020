import { describe, expect, it } from '@jest/globals';
import { coverageBand, PROVINCE_TILES, recruitmentGap, westToEast } from './province-tiles';

const PROVINCE_CODES = ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96'];

describe('the province tile map', () => {
  it('places each of the 38 provinces on a tile of its own', () => {
    expect(Object.keys(PROVINCE_TILES).sort()).toEqual(PROVINCE_CODES);
    const places = Object.values(PROVINCE_TILES).map(({ column, row }) => `${column},${row}`);
    expect(new Set(places).size).toBe(38);
  });

  it('runs from Aceh in the west to Papua in the east', () => {
    const order = westToEast(PROVINCE_CODES);
    expect(order[0]).toBe('11');
    expect(order.slice(-4).every((code) => code.startsWith('9'))).toBe(true);
  });

  it('bands coverage, keeping provinces without SMEs apart', () => {
    expect(coverageBand(0, 0)).toBe('none');
    expect(coverageBand(5, 0.2)).toBe('low');
    expect(coverageBand(5, 0.6)).toBe('some');
    expect(coverageBand(5, 0.8)).toBe('most');
    expect(coverageBand(5, 1)).toBe('full');
  });

  it('counts the seats a province lacks after its free seats', () => {
    expect(recruitmentGap({ smes: 12, assigned: 6, freeCapacity: 0 })).toBe(6);
    expect(recruitmentGap({ smes: 15, assigned: 7, freeCapacity: 9 })).toBe(0);
    expect(recruitmentGap({ smes: 5, assigned: 2, freeCapacity: 1 })).toBe(2);
  });
});

import { describe, expect, it } from '@jest/globals';
import { officialRegions } from './region-catalogue.js';
import { islandGroupOf } from './island-group.js';

describe('officialRegions', () => {
  const sut = officialRegions();

  it('knows all 38 provinces and 514 regencies', () => {
    expect(sut.provinces()).toHaveLength(38);
    expect(sut.regencies()).toHaveLength(514);
  });

  it('names regions as people write them', () => {
    expect(sut.provinces().find((p) => p.code === '32')?.name).toBe('Jawa Barat');
    expect(sut.regencies().find((r) => r.code === '32.73')?.name).toBe('Kota Bandung');
  });

  it('derives the province of a regency', () => {
    expect(sut.provinceOf('32.73')).toBe('32');
    expect(sut.provinceOf('99.99')).toBeUndefined();
  });

  it('rejects unknown codes', () => {
    expect(sut.isRegency('32.73')).toBe(true);
    expect(sut.isRegency('32')).toBe(false);
    expect(sut.isProvince('32')).toBe(true);
    expect(sut.isProvince('40')).toBe(false);
  });
});

describe('islandGroupOf', () => {
  it('groups provinces by their first digit', () => {
    expect(islandGroupOf('11')).toBe('sumatra');
    expect(islandGroupOf('21')).toBe('sumatra');
    expect(islandGroupOf('32')).toBe('java');
    expect(islandGroupOf('53')).toBe('bali_nusa_tenggara');
    expect(islandGroupOf('96')).toBe('papua');
  });

  it('refuses a code outside every group', () => {
    expect(() => islandGroupOf('41')).toThrow(RangeError);
  });
});

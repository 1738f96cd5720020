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

  it.each([
    ['31', 'DKI Jakarta'],
    ['34', 'DI Yogyakarta'],
    ['35', 'Jawa Timur'],
    ['19', 'Kepulauan Bangka Belitung'],
    ['96', 'Papua Barat Daya'],
  ])('spells province %s officially as %s', (code, name) => {
    expect(sut.provinceName(code)).toBe(name);
  });

  it.each([
    ['32.73', 'Kota Bandung'],
    ['32.01', 'Kabupaten Bogor'],
    ['31.71', 'Kota Administrasi Jakarta Pusat'],
    ['73.10', 'Kabupaten Pangkajene dan Kepulauan'],
    ['35.01', 'Kabupaten Pacitan'],
  ])('spells regency %s officially as %s', (code, name) => {
    expect(sut.regencyName(code)).toBe(name);
  });

  it('writes every name without a word in capitals beyond DKI and DI', () => {
    const names = [...sut.provinces(), ...sut.regencies()].map((region) => region.name);
    const shouting = names.flatMap((name) => name.split(/[\s-]/)).filter((word) => word.length > 1 && word === word.toUpperCase() && !['DKI', 'DI'].includes(word));
    expect(shouting).toEqual([]);
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

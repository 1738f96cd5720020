import { describe, expect, it } from '@jest/globals';
import { officialRegions } from '../../regions/region-catalogue.js';
import { generateProgram as sut } from './generate-program.js';
import { CATEGORIES } from './province-profiles.js';

describe('generateProgram', () => {
  const pilot = sut({ scale: 'pilot', seed: 1 });

  it('gives the pilot 100 tutors and 300 SMEs', () => {
    expect(pilot.tutors).toHaveLength(100);
    expect(pilot.smes).toHaveLength(300);
    expect(pilot.tutors[0].id).toBe('t1');
    expect(pilot.smes[0].id).toBe('s1');
  });

  it('is the same for the same seed and differs for another', () => {
    expect(sut({ scale: 'pilot', seed: 1 })).toEqual(pilot);
    expect(sut({ scale: 'pilot', seed: 2 })).not.toEqual(pilot);
  });

  it('uses official regencies, API categories and lower-case language codes', () => {
    const regions = officialRegions();
    for (const person of [...pilot.tutors, ...pilot.smes]) {
      expect(regions.provinceOf(person.regencyCode)).toBe(person.provinceCode);
      expect(person.languages.length).toBeGreaterThan(0);
      person.languages.forEach((language) => expect(language).toMatch(/^[a-z]{2,3}$/));
    }
    pilot.smes.forEach((sme) => expect(CATEGORIES).toContain(sme.category));
  });

  it('puts about 70% of tutors on Java and spreads SMEs over the provinces', () => {
    const { tutors, smes } = sut({ scale: 'pilot', seed: 3 });
    const onJava = tutors.filter((t) => t.provinceCode.startsWith('3')).length / tutors.length;

    expect(onJava).toBeGreaterThan(0.55);
    expect(onJava).toBeLessThan(0.85);
    expect(new Set(smes.map((s) => s.provinceCode)).size).toBeGreaterThan(20);
  });

  it('keeps the province scale inside Jawa Barat', () => {
    const { tutors, smes } = sut({ scale: 'province', seed: 1 });

    expect(tutors).toHaveLength(10_000);
    expect(smes).toHaveLength(30_000);
    expect(new Set([...tutors, ...smes].map((p) => p.provinceCode))).toEqual(new Set(['32']));
  });
});

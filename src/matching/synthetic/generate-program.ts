import { officialRegions } from '../../regions/region-catalogue.js';
import type { MatchSme, MatchTutor, TutorMode } from '../domain/matching-program.js';
import { CATEGORIES, CATEGORY_WEIGHTS, PROVINCE_PROFILES } from './province-profiles.js';
import { SeededRandom } from './seeded-random.js';

export type ProgramScale = 'pilot' | 'province' | 'national';

/** Tutors and SMEs per scale (docs/matching-model.md section 4); the province scale is all in Jawa Barat. */
export const SCALES: Readonly<Record<ProgramScale, { tutors: number; smes: number; province?: string }>> = {
  pilot: { tutors: 100, smes: 300 },
  province: { tutors: 10_000, smes: 30_000, province: '32' },
  national: { tutors: 700_000, smes: 2_000_000 },
};

/** Tutors are successful sellers, concentrated on Java. */
const JAVA_SHARE_OF_TUTORS = 0.7;
const MODE_MIX: TutorMode[][] = [['online', 'in_person'], ['online'], ['in_person']];
const MODE_WEIGHTS = [50, 35, 15];
const MAX_SMES_MIX = [3, 2, 1, 0];
const MAX_SMES_WEIGHTS = [80, 12, 6, 2];

interface Place {
  provinceCode: string;
  regencyCode: string;
}

/** A program shaped like the real one, the same for the same seed; ids are t1.., s1... */
export function generateProgram({ scale, seed }: { scale: ProgramScale; seed: number }): { tutors: MatchTutor[]; smes: MatchSme[] } {
  const size = SCALES[scale];
  const random = new SeededRandom(seed);
  const lists = new SharedLists();
  const provinces = size.province ? [size.province] : Object.keys(PROVINCE_PROFILES);
  const regencies = new Map(provinces.map((code) => [code, officialRegions().regenciesOf(code).map((r) => r.code)]));
  const population = provinces.map((code) => PROVINCE_PROFILES[code].population);
  const tutorWeight = tutorWeights(provinces, population);
  const placeBy = (weights: number[]): Place => {
    const provinceCode = random.pickWeighted(provinces, weights);
    return { provinceCode, regencyCode: random.pick(regencies.get(provinceCode)!) };
  };
  const tutors = Array.from({ length: size.tutors }, (_, i): MatchTutor => {
    const place = placeBy(tutorWeight);
    const first = random.pickWeighted(CATEGORIES, CATEGORY_WEIGHTS);
    const second = random.chance(0.4) ? random.pickWeighted(CATEGORIES, CATEGORY_WEIGHTS) : first;
    return {
      id: `t${i + 1}`,
      ...place,
      categories: lists.of([first, second]),
      languages: lists.of(languagesFor(random, place.provinceCode, 0.5, 0.25)),
      modes: random.pickWeighted(MODE_MIX, MODE_WEIGHTS),
      maxSmes: random.pickWeighted(MAX_SMES_MIX, MAX_SMES_WEIGHTS),
    };
  });
  const smes = Array.from({ length: size.smes }, (_, i): MatchSme => {
    const place = placeBy(population);
    return {
      id: `s${i + 1}`,
      ...place,
      category: random.pickWeighted(CATEGORIES, CATEGORY_WEIGHTS),
      languages: lists.of(languagesFor(random, place.provinceCode, 0.6, 0.05)),
      internetAccess: random.pickWeighted(['good', 'limited', 'none'] as const, [55, 35, 10]),
      segment: random.chance(0.4) ? 'traditional' : 'digital_savvy',
      needsContinuedMentoring: random.chance(0.05),
      currentTutorId: null,
      pinned: false,
      sessionsLogged: false,
    };
  });
  return { tutors, smes };
}

/** 70% of tutors on Java and 30% elsewhere, each by population within its side. */
function tutorWeights(provinces: string[], population: number[]): number[] {
  const onJava = (code: string) => code.startsWith('3');
  const javaTotal = provinces.reduce((sum, code, i) => sum + (onJava(code) ? population[i] : 0), 0);
  const restTotal = provinces.reduce((sum, code, i) => sum + (onJava(code) ? 0 : population[i]), 0);
  return provinces.map((code, i) =>
    onJava(code) ? (population[i] / (javaTotal || 1)) * JAVA_SHARE_OF_TUTORS : (population[i] / (restTotal || 1)) * (1 - JAVA_SHARE_OF_TUTORS),
  );
}

/** Indonesian nearly always, the regional language often, English sometimes; never none. */
function languagesFor(random: SeededRandom, provinceCode: string, regionalShare: number, englishShare: number): string[] {
  const regional = PROVINCE_PROFILES[provinceCode].language;
  const languages = random.chance(0.95) ? ['id'] : [];
  if (regional && (languages.length === 0 || random.chance(regionalShare))) languages.push(regional);
  if (random.chance(englishShare) || languages.length === 0) languages.push('en');
  return languages;
}

/** Equal lists share one array, so millions of people hold a few dozen arrays between them. */
class SharedLists {
  private readonly byKey = new Map<string, string[]>();

  of(values: string[]): string[] {
    const unique = [...new Set(values)];
    const key = unique.join(',');
    let shared = this.byKey.get(key);
    if (!shared) {
      shared = unique;
      this.byKey.set(key, shared);
    }
    return shared;
  }
}

import { ISLAND_GROUPS, islandGroupOf } from '../../regions/island-group.js';
import type { MatchingSettings, MatchSme, MatchTutor } from './matching-program.js';
import { InvalidMatchingInputError } from './matching-program.js';

export const ONLINE = 1;
export const IN_PERSON = 2;
/** Categories and languages are bit sets in one 32-bit word. */
const MAX_TAGS = 32;

/** Interns strings to small indices in order of first appearance. */
class Interner {
  readonly indexOf = new Map<string, number>();

  intern(value: string): number {
    let index = this.indexOf.get(value);
    if (index === undefined) {
      index = this.indexOf.size;
      this.indexOf.set(value, index);
    }
    return index;
  }

  bits(values: readonly string[], what: string): number {
    let bits = 0;
    for (const value of values) {
      const index = this.intern(value);
      if (index >= MAX_TAGS) throw new InvalidMatchingInputError(`more than ${MAX_TAGS} distinct ${what}`);
      bits |= 1 << index;
    }
    return bits >>> 0;
  }

  /** The bit set of values interned already, or undefined when one of them is new. */
  knownBits(values: readonly string[]): number | undefined {
    let bits = 0;
    for (const value of values) {
      const index = this.indexOf.get(value);
      if (index === undefined) return undefined;
      bits |= 1 << index;
    }
    return bits >>> 0;
  }

  get size(): number {
    return this.indexOf.size;
  }

  valueAt(index: number): string {
    return [...this.indexOf.keys()][index];
  }
}

/** An SME's columns under a program's codes (EncodedProgram.codesOf). */
export interface SmeCodes {
  regency: number;
  category: number;
  languages: number;
  noInternet: number;
  waitCost: number;
}

/**
 * Where an SME is and what it needs, under a program's codes: -1 for a regency, province or
 * category the program has not seen, and only the languages it has seen.
 */
export interface SmePlace {
  regency: number;
  province: number;
  group: number;
  category: number;
  languages: number;
  noInternet: number;
}

/** What ranking tutors for an SME reads of it. */
export type SmeNeeds = Pick<MatchSme, 'regencyCode' | 'provinceCode' | 'category' | 'languages' | 'internetAccess'>;

/**
 * Tutors and SMEs as typed columns: regions as indices, categories and languages as bit sets,
 * so the cost of a pair is a handful of integer operations.
 */
export class EncodedProgram {
  readonly tutorRegency: Int32Array;
  readonly tutorProvince: Int32Array;
  readonly tutorGroup: Int32Array;
  readonly tutorCategories: Uint32Array;
  readonly tutorLanguages: Uint32Array;
  readonly tutorModes: Uint8Array;
  readonly smeRegency: Int32Array;
  readonly smeProvince: Int32Array;
  readonly smeGroup: Int32Array;
  /** The interned category, always below 32 (a category no tutor sells still gets an index). */
  readonly smeCategory: Int32Array;
  readonly smeLanguages: Uint32Array;
  readonly smeNoInternet: Uint8Array;
  readonly smeWaitCost: Int32Array;
  /** Index of the current tutor, or -1 (also when that tutor takes no part). */
  readonly smeCurrentTutor: Int32Array;
  /** What staying with the current tutor saves: the stay bonus, and the session bonus once the pair has logged sessions. */
  readonly smeKeepBonus: Int32Array;
  /** Each tutor's index, by id. */
  readonly tutorIndex: ReadonlyMap<string, number>;
  readonly regencyCount: number;
  readonly provinceCount: number;
  readonly groupCount = ISLAND_GROUPS.length;
  readonly categoryCount: number;
  readonly languageCount: number;
  private readonly regencies = new Interner();
  private readonly provinces = new Interner();
  private readonly categories = new Interner();
  private readonly languages = new Interner();
  /** Each regency's province. */
  private readonly regencyProvince: Int32Array;

  constructor(
    readonly tutors: readonly MatchTutor[],
    readonly smes: readonly MatchSme[],
    readonly settings: MatchingSettings,
  ) {
    const { regencies, provinces, categories, languages } = this;
    const tutorIndex = new Map(tutors.map((tutor, t) => [tutor.id, t]));
    this.tutorIndex = tutorIndex;
    this.tutorRegency = column(Int32Array, tutors, (tutor) => regencies.intern(tutor.regencyCode));
    this.tutorProvince = column(Int32Array, tutors, (tutor) => provinces.intern(tutor.provinceCode));
    this.tutorCategories = column(Uint32Array, tutors, (tutor) => categories.bits(tutor.categories, 'categories'));
    this.tutorLanguages = column(Uint32Array, tutors, (tutor) => languages.bits(tutor.languages, 'languages'));
    this.tutorModes = column(Uint8Array, tutors, (tutor) => (tutor.modes.includes('online') ? ONLINE : 0) | (tutor.modes.includes('in_person') ? IN_PERSON : 0));
    this.smeRegency = column(Int32Array, smes, (sme) => regencies.intern(sme.regencyCode));
    this.smeProvince = column(Int32Array, smes, (sme) => provinces.intern(sme.provinceCode));
    this.smeCategory = column(Int32Array, smes, (sme) => 31 - Math.clz32(categories.bits([sme.category], 'categories')));
    this.smeLanguages = column(Uint32Array, smes, (sme) => languages.bits(sme.languages, 'languages'));
    this.smeNoInternet = column(Uint8Array, smes, (sme) => (sme.internetAccess === 'none' ? 1 : 0));
    this.smeWaitCost = column(Int32Array, smes, (sme) => waitCostOf(sme, settings));
    this.smeCurrentTutor = column(Int32Array, smes, (sme) => (sme.currentTutorId === null ? -1 : (tutorIndex.get(sme.currentTutorId) ?? -1)));
    this.smeKeepBonus = column(Int32Array, smes, (sme) => settings.stayBonus + (sme.sessionsLogged ? settings.sessionBonus : 0));
    this.regencyProvince = assertOneProvincePerRegency(regencies, provinces, [this.tutorRegency, this.smeRegency], [this.tutorProvince, this.smeProvince]);
    const groupOfProvince = Int32Array.from(provinces.indexOf.keys(), (code) => ISLAND_GROUPS.indexOf(islandGroupOf(code)));
    this.tutorGroup = this.tutorProvince.map((province) => groupOfProvince[province]);
    this.smeGroup = this.smeProvince.map((province) => groupOfProvince[province]);
    this.regencyCount = regencies.size;
    this.provinceCount = provinces.size;
    this.categoryCount = categories.size;
    this.languageCount = languages.size;
  }

  /**
   * A newcomer's columns under this program's codes, or undefined when it names a regency,
   * category or language the program has not seen, or its regency under another province:
   * the program must then be encoded again.
   */
  codesOf(sme: MatchSme): SmeCodes | undefined {
    const regency = this.regencies.indexOf.get(sme.regencyCode);
    const category = this.categories.indexOf.get(sme.category);
    const languages = this.languages.knownBits(sme.languages);
    if (regency === undefined || category === undefined || languages === undefined) return undefined;
    if (this.regencyProvince[regency] !== this.provinces.indexOf.get(sme.provinceCode)) return undefined;
    return { regency, category, languages, noInternet: sme.internetAccess === 'none' ? 1 : 0, waitCost: waitCostOf(sme, this.settings) };
  }

  /** SME s of this program. */
  placeOf(s: number): SmePlace {
    return { regency: this.smeRegency[s], province: this.smeProvince[s], group: this.smeGroup[s], category: this.smeCategory[s], languages: this.smeLanguages[s], noInternet: this.smeNoInternet[s] };
  }

  /** An SME the program need not hold: what it shares with the program's tutors is all a ranking needs. */
  placeOfNewcomer(sme: SmeNeeds): SmePlace {
    const province = this.provinces.indexOf.get(sme.provinceCode) ?? -1;
    const regency = this.regencies.indexOf.get(sme.regencyCode) ?? -1;
    let languages = 0;
    for (const language of sme.languages) {
      const index = this.languages.indexOf.get(language);
      if (index !== undefined) languages |= 1 << index;
    }
    return {
      regency: regency >= 0 && this.regencyProvince[regency] === province ? regency : -1,
      province,
      group: ISLAND_GROUPS.indexOf(islandGroupOf(sme.provinceCode)),
      category: this.categories.indexOf.get(sme.category) ?? -1,
      languages: languages >>> 0,
      noInternet: sme.internetAccess === 'none' ? 1 : 0,
    };
  }

  get tutorCount(): number {
    return this.tutors.length;
  }

  get smeCount(): number {
    return this.smes.length;
  }
}

/** One typed column over a list; a plain loop, which typed arrays' own from() is not. */
function column<T, A extends Int32Array | Uint32Array | Uint8Array>(type: new (length: number) => A, items: readonly T[], value: (item: T) => number): A {
  const values = new type(items.length);
  for (let i = 0; i < items.length; i++) values[i] = value(items[i]);
  return values;
}

/**
 * Tiers take a tutor's province and island group from its regency's, so a regency lies in one
 * province; returns each regency's province.
 */
function assertOneProvincePerRegency(regencies: Interner, provinces: Interner, regencyColumns: Int32Array[], provinceColumns: Int32Array[]): Int32Array {
  const provinceOf = new Int32Array(regencies.size).fill(-1);
  regencyColumns.forEach((regencyOf, c) => {
    for (let i = 0; i < regencyOf.length; i++) {
      const regency = regencyOf[i];
      const province = provinceColumns[c][i];
      if (provinceOf[regency] < 0) provinceOf[regency] = province;
      if (provinceOf[regency] === province) continue;
      const [regencyCode, first, second] = [regencies.valueAt(regency), provinces.valueAt(provinceOf[regency]), provinces.valueAt(province)];
      throw new InvalidMatchingInputError(`regency ${regencyCode} is given in provinces ${first} and ${second}`);
    }
  });
  return provinceOf;
}

function waitCostOf(sme: MatchSme, settings: MatchingSettings): number {
  const { unassignedCost } = settings;
  let cost = unassignedCost.default;
  if (sme.segment === 'traditional') cost = Math.max(cost, unassignedCost.traditional);
  if (sme.needsContinuedMentoring) cost = Math.max(cost, unassignedCost.needsContinuedMentoring);
  return cost;
}

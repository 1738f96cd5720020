import type { EncodedProgram, SmePlace } from './encoded-program.js';
import { IN_PERSON, ONLINE } from './encoded-program.js';
import type { MatchingSettings } from './matching-program.js';
import { geographyCosts, OTHER_REGION, SAME_ISLAND_GROUP, SAME_PROVINCE, SAME_REGENCY } from './pair-cost.js';

/**
 * Tutors grouped into tiers: a scope (a regency, a province, an island group, or everywhere),
 * a category (or any), a language (or any) and a mode filter. Every tier's cost for an SME is
 * a bound the real pair cost never exceeds, and each feasible tutor lies in a tier priced
 * exactly, so the least (tier cost + tutor price) over an SME's tiers is its least over all
 * feasible tutors, found in a few dozen look-ups instead of one per tutor.
 *
 * Filters: in a regency or province scope, 0 = offers in-person, 1 = offers any mode; in the
 * island-group and national scopes, 0 = offers online.
 */
export class TierIndex {
  readonly scopeCount: number;
  private readonly categoryWidth: number;
  private readonly languageWidth: number;

  constructor(readonly program: EncodedProgram) {
    this.scopeCount = program.regencyCount + program.provinceCount + program.groupCount + 1;
    this.categoryWidth = program.categoryCount + 1;
    this.languageWidth = program.languageCount + 1;
  }

  get size(): number {
    return this.scopeCount * this.categoryWidth * this.languageWidth * 2;
  }

  get anyCategory(): number {
    return this.categoryWidth - 1;
  }

  get anyLanguage(): number {
    return this.languageWidth - 1;
  }

  key(scope: number, category: number, language: number, filter: number): number {
    return ((scope * this.categoryWidth + category) * this.languageWidth + language) * 2 + filter;
  }

  languageOf(key: number): number {
    return Math.floor(key / 2) % this.languageWidth;
  }

  /** Calls visit(scope, filter) for every scope and filter tutor t belongs to. */
  forTutorScopes(t: number, visit: (scope: number, filter: number) => void): void {
    const { program } = this;
    const modes = program.tutorModes[t];
    for (const scope of [program.tutorRegency[t], program.regencyCount + program.tutorProvince[t]]) {
      if ((modes & IN_PERSON) !== 0) visit(scope, 0);
      if (modes !== 0) visit(scope, 1);
    }
    if ((modes & ONLINE) === 0) return;
    visit(program.regencyCount + program.provinceCount + program.tutorGroup[t], 0);
    visit(this.scopeCount - 1, 0);
  }

  /** Calls visit(scope, filter, geography tier) for every scope an SME may draw a tutor from (none of a region the program lacks). */
  forSmeScopes(sme: SmePlace, visit: (scope: number, filter: number, tier: number) => void): void {
    const { program } = this;
    const filter = sme.noInternet === 1 ? 0 : 1;
    if (sme.regency >= 0) visit(sme.regency, filter, SAME_REGENCY);
    if (sme.province >= 0) visit(program.regencyCount + sme.province, filter, SAME_PROVINCE);
    if (filter === 0) return;
    visit(program.regencyCount + program.provinceCount + sme.group, 0, SAME_ISLAND_GROUP);
    visit(this.scopeCount - 1, 0, OTHER_REGION);
  }

  /** Visits the key of every tier tutor t belongs to. */
  forTutorTiers(t: number, visit: (key: number) => void): void {
    const { program } = this;
    this.forTutorScopes(t, (scope, filter) =>
      forEachBitThen(program.tutorCategories[t], this.anyCategory, (category) =>
        forEachBitThen(program.tutorLanguages[t], this.anyLanguage, (language) => visit(this.key(scope, category, language, filter))),
      ),
    );
  }

  /** Visits the key of every tier the SME may draw a tutor from, with the tier's cost under these settings. */
  forSmeOffers(sme: SmePlace, settings: MatchingSettings, visit: (key: number, cost: number) => void): void {
    const { categoryMismatchCost, languageMismatchCost } = settings;
    const geography = geographyCosts({ settings });
    const categories = sme.category >= 0 ? [sme.category, this.anyCategory] : [this.anyCategory];
    this.forSmeScopes(sme, (scope, filter, tier) => {
      for (const category of categories) {
        const categoryCost = geography[tier] + (category === this.anyCategory ? categoryMismatchCost : 0);
        forEachBitThen(sme.languages, this.anyLanguage, (language) =>
          visit(this.key(scope, category, language, filter), categoryCost + (language === this.anyLanguage ? languageMismatchCost : 0)),
        );
      }
    });
  }
}

/** Calls visit(index) for each set bit of a 32-bit word, then once with `none`. */
export function forEachBitThen(bits: number, none: number, visit: (index: number) => void): void {
  for (let rest = bits; rest !== 0; rest &= rest - 1) visit(31 - Math.clz32(rest & -rest));
  visit(none);
}

import { islandGroupOf } from '../regions/island-group.js';
import type { AssignmentExplanation } from './assignment.entity.js';

export interface PairSide {
  regencyCode: string;
  provinceCode: string;
  languages: string[];
}

export type PairTerms = Omit<AssignmentExplanation, 'summary'>;

/** The pair's terms in a coordinator's words. */
export function describeTerms(terms: PairTerms): string {
  const place = terms.sameRegency
    ? 'same regency'
    : terms.sameProvince
      ? 'same province'
      : terms.sameIslandGroup
        ? 'same island group, works online'
        : 'another island group, works online';
  const category = terms.categoryMatch ? 'tutor sells in the SME category' : 'tutor sells in other categories';
  const language = terms.sharedLanguage ? 'shared language' : 'no shared language';
  const kept = terms.sessionsLogged ? ['kept: sessions logged'] : terms.kept ? ['kept with current tutor'] : [];
  return [place, category, language, ...kept].join('; ');
}

/** The terms of the cost model (docs/matching-model.md section 2) that describe a pair. */
export function explainPair(tutor: PairSide & { categories: string[] }, sme: PairSide & { category: string }, kept: boolean): AssignmentExplanation {
  const terms: PairTerms = {
    sameRegency: tutor.regencyCode === sme.regencyCode,
    sameProvince: tutor.provinceCode === sme.provinceCode,
    sameIslandGroup: islandGroupOf(tutor.provinceCode) === islandGroupOf(sme.provinceCode),
    categoryMatch: tutor.categories.includes(sme.category),
    sharedLanguage: tutor.languages.some((language) => sme.languages.includes(language)),
    kept,
  };
  return { ...terms, summary: describeTerms(terms) };
}

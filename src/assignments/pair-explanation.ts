import type { AssignmentExplanation } from './assignment.entity.js';

export interface PairSide {
  regencyCode: string;
  provinceCode: string;
  languages: string[];
}

/** The terms of the cost model that describe a pair, in words a coordinator reads. */
export function explainPair(
  tutor: PairSide & { categories: string[] },
  sme: PairSide & { category: string },
  kept: boolean,
): AssignmentExplanation {
  const terms = {
    sameRegency: tutor.regencyCode === sme.regencyCode,
    sameProvince: tutor.provinceCode === sme.provinceCode,
    categoryMatch: tutor.categories.includes(sme.category),
    sharedLanguage: tutor.languages.some((language) => sme.languages.includes(language)),
    kept,
  };
  return { ...terms, summary: summarise(terms) };
}

function summarise(terms: Omit<AssignmentExplanation, 'summary'>): string {
  const parts = [
    terms.sameRegency ? 'same regency' : terms.sameProvince ? 'same province' : 'remote (another province)',
    terms.categoryMatch ? 'tutor sells in the SME category' : 'different category',
    terms.sharedLanguage ? 'shared language' : 'no shared language',
  ];
  if (terms.kept) parts.push('kept with current tutor');
  return parts.join('; ');
}

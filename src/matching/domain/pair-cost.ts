import type { EncodedProgram } from './encoded-program.js';
import { IN_PERSON, ONLINE } from './encoded-program.js';
import type { PairExplanation } from './matching-program.js';

export const SAME_REGENCY = 0;
export const SAME_PROVINCE = 1;
export const SAME_ISLAND_GROUP = 2;
export const OTHER_REGION = 3;

export function geographyTier(program: EncodedProgram, t: number, s: number): number {
  if (program.tutorRegency[t] === program.smeRegency[s]) return SAME_REGENCY;
  if (program.tutorProvince[t] === program.smeProvince[s]) return SAME_PROVINCE;
  return program.tutorGroup[t] === program.smeGroup[s] ? SAME_ISLAND_GROUP : OTHER_REGION;
}

export function geographyCosts(program: Pick<EncodedProgram, 'settings'>): Int32Array {
  const { sameRegency, sameProvince, sameIslandGroup, other } = program.settings.geographyCost;
  return Int32Array.of(sameRegency, sameProvince, sameIslandGroup, other);
}

/**
 * docs/matching-model.md section 2: an SME without internet needs an in-person tutor of its province; a
 * pair across provinces works online, so the tutor offers online and the SME has internet. In
 * one province any mode the tutor offers will do; a tutor offering no mode takes no SME.
 */
export function isFeasible(program: EncodedProgram, t: number, s: number): boolean {
  const modes = program.tutorModes[t];
  const sameProvince = program.tutorProvince[t] === program.smeProvince[s];
  if (program.smeNoInternet[s] === 1) return sameProvince && (modes & IN_PERSON) !== 0;
  return sameProvince ? modes !== 0 : (modes & ONLINE) !== 0;
}

export function categoryMatches(program: EncodedProgram, t: number, s: number): boolean {
  return (program.tutorCategories[t] & (1 << program.smeCategory[s])) !== 0;
}

export function sharesLanguage(program: EncodedProgram, t: number, s: number): boolean {
  return (program.tutorLanguages[t] & program.smeLanguages[s]) !== 0;
}

/** Geography + category + language, less the stay (and session) bonus when t is the SME's current tutor. */
export function pairCost(program: EncodedProgram, geography: Int32Array, t: number, s: number): number {
  const { categoryMismatchCost, languageMismatchCost } = program.settings;
  return (
    geography[geographyTier(program, t, s)] +
    (categoryMatches(program, t, s) ? 0 : categoryMismatchCost) +
    (sharesLanguage(program, t, s) ? 0 : languageMismatchCost) -
    (program.smeCurrentTutor[s] === t ? program.smeKeepBonus[s] : 0)
  );
}

/** Explanations repeat a few shapes; sharing one object per shape keeps a national plan small. */
const explanations = new Map<number, PairExplanation>();

export function explainPair(program: EncodedProgram, geography: Int32Array, t: number, s: number, pinned: boolean): PairExplanation {
  const tier = geographyTier(program, t, s);
  const explanation: PairExplanation = {
    sameRegency: tier === SAME_REGENCY,
    sameProvince: tier <= SAME_PROVINCE,
    sameIslandGroup: tier <= SAME_ISLAND_GROUP,
    categoryMatch: categoryMatches(program, t, s),
    sharedLanguage: sharesLanguage(program, t, s),
    kept: program.smeCurrentTutor[s] === t,
    sessionsLogged: program.smeCurrentTutor[s] === t && program.smes[s].sessionsLogged,
    pinned,
    remote: tier > SAME_PROVINCE,
    cost: pairCost(program, geography, t, s),
  };
  const flags = [explanation.sameRegency, explanation.sameProvince, explanation.sameIslandGroup, explanation.categoryMatch,
    explanation.sharedLanguage, explanation.kept, explanation.sessionsLogged, explanation.pinned].reduce((bits, flag, i) => bits | (flag ? 1 << i : 0), 0);
  const key = explanation.cost * 256 + flags;
  let shared = explanations.get(key);
  if (!shared) {
    shared = Object.freeze(explanation);
    explanations.set(key, shared);
  }
  return shared;
}

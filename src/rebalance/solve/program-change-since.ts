import type { AppliedProgram, MatchSme, MatchTutor, ProgramChange } from '../../matching/index.js';

interface Program {
  tutors: readonly MatchTutor[];
  smes: readonly MatchSme[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sameTutor(a: MatchTutor, b: MatchTutor): boolean {
  return a.provinceCode === b.provinceCode && a.regencyCode === b.regencyCode && a.maxSmes === b.maxSmes &&
    sameList(a.categories, b.categories) && sameList(a.languages, b.languages) && sameList(a.modes, b.modes);
}

function sameSme(a: MatchSme, b: MatchSme): boolean {
  return a.provinceCode === b.provinceCode && a.regencyCode === b.regencyCode && a.category === b.category && sameList(a.languages, b.languages) &&
    a.internetAccess === b.internetAccess && a.segment === b.segment && a.needsContinuedMentoring === b.needsContinuedMentoring &&
    a.currentTutorId === b.currentTutorId && a.pinned === b.pinned && a.sessionsLogged === b.sessionsLogged;
}

/**
 * The change from the program an applied plan left to the program as it is now, when it is one
 * RebalanceEngine.replan() takes (SMEs graduate or enrol unassigned, tutors leave); null when
 * anything else moved (a tutor joined or changed, an SME changed or was reassigned by hand), which
 * only a full plan covers. An SME of a leaving tutor is expected free, as the engine makes it.
 * Each now is found through the applied program's own indices, so nationally no index of
 * millions of ids is built for the comparison.
 */
export function programChangeSince(applied: AppliedProgram, now: Program): ProgramChange | null {
  const tutorStays = new Uint8Array(applied.tutors.length);
  for (const tutor of now.tutors) {
    const t = applied.tutorIndex.get(tutor.id);
    if (t === undefined || tutorStays[t] === 1 || !sameTutor(applied.tutors[t], tutor)) return null;
    tutorStays[t] = 1;
  }
  const leavingTutorIds = new Set(applied.tutors.filter((_, t) => tutorStays[t] === 0).map((tutor) => tutor.id));
  const smeStays = new Uint8Array(applied.smes.length);
  const newSmes: MatchSme[] = [];
  for (const sme of now.smes) {
    const s = applied.smeIndex.get(sme.id);
    if (s === undefined) {
      if (sme.currentTutorId !== null || sme.pinned) return null;
      newSmes.push(sme);
      continue;
    }
    if (smeStays[s] === 1) return null;
    smeStays[s] = 1;
    const before = applied.smes[s];
    const freed = before.currentTutorId !== null && leavingTutorIds.has(before.currentTutorId);
    if (!sameSme(freed ? { ...before, currentTutorId: null, sessionsLogged: false } : before, sme)) return null;
  }
  const graduatedSmeIds = applied.smes.filter((_, s) => smeStays[s] === 0).map((sme) => sme.id);
  return { graduatedSmeIds, newSmes, leavingTutorIds: [...leavingTutorIds] };
}

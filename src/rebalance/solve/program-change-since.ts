import type { MatchSme, MatchTutor, ProgramChange } from '../../matching/index.js';

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
 */
export function programChangeSince(applied: Program, now: Program): ProgramChange | null {
  const nowTutors = new Map(now.tutors.map((t) => [t.id, t]));
  const leavingTutorIds = new Set<string>();
  for (const tutor of applied.tutors) {
    const next = nowTutors.get(tutor.id);
    if (!next) leavingTutorIds.add(tutor.id);
    else if (!sameTutor(tutor, next)) return null;
  }
  if (now.tutors.length !== applied.tutors.length - leavingTutorIds.size) return null;
  const appliedSmes = new Map(applied.smes.map((s) => [s.id, s]));
  const newSmes: MatchSme[] = [];
  for (const sme of now.smes) {
    const before = appliedSmes.get(sme.id);
    if (!before) {
      if (sme.currentTutorId !== null || sme.pinned) return null;
      newSmes.push(sme);
      continue;
    }
    const freed = before.currentTutorId !== null && leavingTutorIds.has(before.currentTutorId);
    if (!sameSme(freed ? { ...before, currentTutorId: null, sessionsLogged: false } : before, sme)) return null;
  }
  const nowIds = new Set(now.smes.map((s) => s.id));
  const graduatedSmeIds = applied.smes.filter((s) => !nowIds.has(s.id)).map((s) => s.id);
  return { graduatedSmeIds, newSmes, leavingTutorIds: [...leavingTutorIds] };
}

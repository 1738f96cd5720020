import type { MatchSme, MatchTutor } from '../matching/index.js';
import type { ProgramSnapshot, SnapshotAssignment } from './program-snapshot.repository.js';

export interface MatchingInput {
  tutors: MatchTutor[];
  smes: MatchSme[];
  /** Each SME's active assignment, whether or not its tutor still takes part. */
  currentBySme: Map<string, SnapshotAssignment>;
  /** Active pairs of SMEs that left the program (graduated, withdrawn): the plan ends them, pinned or not. */
  departedPairs: SnapshotAssignment[];
}

/**
 * The matching engine's input from a snapshot. A province rebalance re-plans that province's SMEs;
 * pairs elsewhere are held fixed (as pins) so their tutors' seats stay counted. A pair whose tutor
 * no longer takes part (paused) is offered no stay bonus: its SME is matched afresh, unless the
 * pair is pinned, which a rebalance never touches.
 */
export function toMatchingInput(snapshot: ProgramSnapshot, provinceCode: string | null): MatchingInput {
  const currentBySme = new Map(snapshot.activeAssignments.map((a) => [a.smeId, a]));
  const tutorIds = new Set(snapshot.activeTutors.map((t) => t.id));
  // A snapshot's tutor holds exactly the engine's columns.
  const tutors: MatchTutor[] = snapshot.activeTutors;
  let pairsOfActiveSmes = 0;
  const smes = snapshot.activeSmes.flatMap((s): MatchSme[] => {
    const current = currentBySme.get(s.id);
    if (current) pairsOfActiveSmes++;
    if (current?.pinned && !tutorIds.has(current.tutorId)) return [];
    const currentTutorId = current && tutorIds.has(current.tutorId) ? current.tutorId : null;
    const inScope = provinceCode === null || s.provinceCode === provinceCode;
    if (!inScope && !currentTutorId) return [];
    return [{
      id: s.id,
      provinceCode: s.provinceCode,
      regencyCode: s.regencyCode,
      category: s.category,
      languages: s.languages,
      internetAccess: s.internetAccess,
      segment: s.segment,
      needsContinuedMentoring: snapshot.needsContinuedMentoring.has(s.id),
      currentTutorId,
      pinned: currentTutorId !== null && (!inScope || current?.pinned === true),
      sessionsLogged: currentTutorId !== null && snapshot.pairsWithSessions.has(s.id),
    }];
  });
  return { tutors, smes, currentBySme, departedPairs: departedPairs(snapshot, pairsOfActiveSmes) };
}

/** The active pairs whose SME is no longer active; usually none, found without an index of every SME's id when every pair has been counted to an active SME. */
function departedPairs(snapshot: ProgramSnapshot, pairsOfActiveSmes: number): SnapshotAssignment[] {
  if (pairsOfActiveSmes === snapshot.activeAssignments.length) return [];
  const activeSmeIds = new Set(snapshot.activeSmes.map((s) => s.id));
  return snapshot.activeAssignments.filter((a) => !activeSmeIds.has(a.smeId));
}

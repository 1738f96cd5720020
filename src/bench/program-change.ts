import {
  type MatchSme,
  type MatchTutor,
  type ProgramChange,
  type RebalancePlan,
  SeededRandom,
} from '../matching/index.js';

/** Shares of the small change the incremental re-solve is measured on (issue 3). */
const GRADUATING_SMES = 0.005;
const NEW_SMES = 0.005;
const LEAVING_TUTORS = 0.005;

/**
 * The program after a plan is carried out (its pairs become current) and then changes a
 * little: 0.5% of SMEs graduate, 0.5% new ones enrol (1% in all), 0.5% of tutors leave. New
 * SMEs are like the program's own (places, businesses, needs), drawn at random. Given
 * both whole and as the change itself (RebalanceEngine.replan).
 */
export function changedProgram(
  tutors: MatchTutor[],
  smes: MatchSme[],
  plan: RebalancePlan,
  seed: number,
): { tutors: MatchTutor[]; smes: MatchSme[]; change: ProgramChange } {
  const random = new SeededRandom(seed);
  const tutorOf = new Map(plan.assignments.map((a) => [a.smeId, a.tutorId]));
  const leavingTutorIds = new Set(tutors.filter(() => random.chance(LEAVING_TUTORS)).map((t) => t.id));
  const graduatedSmeIds = new Set(smes.filter(() => random.chance(GRADUATING_SMES)).map((sme) => sme.id));
  const carriedOn = smes
    .filter((sme) => !graduatedSmeIds.has(sme.id))
    .map((sme) => {
      const tutorId = tutorOf.get(sme.id);
      return { ...sme, currentTutorId: tutorId !== undefined && !leavingTutorIds.has(tutorId) ? tutorId : null };
    });
  const newSmes = Array.from({ length: Math.round(smes.length * NEW_SMES) }, (_, i) => ({
    ...smes[random.int(0, smes.length - 1)],
    id: `new-s${i + 1}`,
    currentTutorId: null,
    pinned: false,
  }));
  return {
    tutors: tutors.filter((t) => !leavingTutorIds.has(t.id)),
    smes: [...carriedOn, ...newSmes],
    change: { graduatedSmeIds: [...graduatedSmeIds], newSmes, leavingTutorIds: [...leavingTutorIds] },
  };
}

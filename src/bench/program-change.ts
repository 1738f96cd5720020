import type { MatchSme, MatchTutor, RebalancePlan } from '../matching/domain/matching-program.js';
import { generateProgram } from '../matching/synthetic/generate-program.js';
import { SeededRandom } from '../matching/synthetic/seeded-random.js';

/** Shares of the small change the incremental re-solve is measured on (issue 3). */
const GRADUATING_SMES = 0.005;
const NEW_SMES = 0.005;
const LEAVING_TUTORS = 0.005;

/**
 * The program after a plan is carried out (its pairs become current) and then changes a
 * little: 0.5% of SMEs graduate, 0.5% new ones enrol (1% in all), 0.5% of tutors leave.
 */
export function changedProgram(
  tutors: MatchTutor[],
  smes: MatchSme[],
  plan: RebalancePlan,
  seed: number,
): { tutors: MatchTutor[]; smes: MatchSme[] } {
  const random = new SeededRandom(seed);
  const tutorOf = new Map(plan.assignments.map((a) => [a.smeId, a.tutorId]));
  const stayingTutors = tutors.filter(() => !random.chance(LEAVING_TUTORS));
  const staying = new Set(stayingTutors.map((t) => t.id));
  const carriedOn = smes
    .filter(() => !random.chance(GRADUATING_SMES))
    .map((sme) => {
      const tutorId = tutorOf.get(sme.id);
      return { ...sme, currentTutorId: tutorId !== undefined && staying.has(tutorId) ? tutorId : null };
    });
  const pool = generateProgram({ scale: 'pilot', seed: seed + 1 }).smes;
  const newcomers = Array.from({ length: Math.round(smes.length * NEW_SMES) }, (_, i) => ({ ...pool[i % pool.length], id: `new-s${i + 1}` }));
  return { tutors: stayingTutors, smes: [...carriedOn, ...newcomers] };
}

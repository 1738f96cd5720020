import { describe, expect, it } from '@jest/globals';
import { generateProgram } from '../synthetic/generate-program.js';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { checkCertificate } from './check-certificate.js';
import { DEFAULT_MATCHING_SETTINGS, type MatchSme, type MatchTutor, type RebalancePlan } from './matching-program.js';
import { planRebalance } from './plan-rebalance.js';
import type { ProgramChange } from './program-change.js';
import { RebalanceEngine as Sut } from './rebalance-engine.js';

const settings = DEFAULT_MATCHING_SETTINGS;

function expectCertified(tutors: MatchTutor[], smes: MatchSme[], plan: RebalancePlan): void {
  expect(checkCertificate(tutors, smes, settings, plan)).toEqual({ ok: true, violations: [] });
}

/** 1% of SMEs graduate, as many enrol (like the program's own), 0.5% of tutors leave; and the program after it. */
function aChange(random: SeededRandom, tutors: MatchTutor[], smes: MatchSme[], plan: RebalancePlan) {
  const tutorOf = new Map(plan.assignments.map((a) => [a.smeId, a.tutorId]));
  const change: ProgramChange = {
    graduatedSmeIds: smes.filter(() => random.chance(0.01)).map((sme) => sme.id),
    newSmes: Array.from({ length: smes.length / 100 }, (_, i) => ({ ...smes[random.int(0, smes.length - 1)], id: `new-${i}`, currentTutorId: null, pinned: false })),
    leavingTutorIds: tutors.filter(() => random.chance(0.005)).map((tutor) => tutor.id),
  };
  const [graduated, leaving] = [new Set(change.graduatedSmeIds), new Set(change.leavingTutorIds)];
  const carriedOn = smes
    .filter((sme) => !graduated.has(sme.id))
    .map((sme) => {
      const tutorId = tutorOf.get(sme.id) ?? null;
      return { ...sme, currentTutorId: tutorId !== null && !leaving.has(tutorId) ? tutorId : null };
    });
  return { change, tutors: tutors.filter((tutor) => !leaving.has(tutor.id)), smes: [...carriedOn, ...change.newSmes] };
}

// Programs of this size take the solver through many phases and rounds of deficits before its last units go one by one.
describe('a province-sized program (10,000 tutors, 30,000 SMEs)', () => {
  it('is planned optimally, and a change to it is re-solved to the optimum of the changed program, both certified', () => {
    const { tutors, smes } = generateProgram({ scale: 'province', seed: 5 });
    const engine = new Sut(settings);

    const plan = engine.plan(tutors, smes);
    engine.apply();
    const next = aChange(new SeededRandom(5), tutors, smes, plan);
    const replan = engine.replan(next.change);

    expectCertified(tutors, smes, plan);
    expect(replan.edited).toBe(true);
    expect(replan.objective).toBe(planRebalance(next.tutors, next.smes, settings).objective);
    expectCertified(next.tutors, next.smes, engine.currentPlan());
  });
});

import { describe, expect, it } from '@jest/globals';
import { buildInstance, type EdgeTriplets } from '../solver/matching-instance.js';
import { solveMatching } from '../solver/solve-matching.js';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { randomProgram } from '../testing/random-program.js';
import { checkCertificate } from './check-certificate.js';
import { EncodedProgram } from './encoded-program.js';
import { DEFAULT_MATCHING_SETTINGS, type MatchSme, type MatchTutor, type RebalancePlan } from './matching-program.js';
import { isFeasible, pairCost } from './pair-cost.js';
import { planRebalance as sut } from './plan-rebalance.js';
import { RebalanceProblem } from './rebalance-problem.js';

const settings = DEFAULT_MATCHING_SETTINGS;

/** The optimum with every feasible pair listed: the reference pricing by tiers must reach. */
function exhaustiveObjective(tutors: MatchTutor[], smes: MatchSme[]): number {
  const problem = new RebalanceProblem(new EncodedProgram(tutors, smes, settings));
  const { program, freeSmes, geography } = problem;
  const edges: EdgeTriplets & { tutor: number[]; sme: number[]; cost: number[] } = { tutor: [], sme: [], cost: [] };
  freeSmes.forEach((s, member) => {
    for (let t = 0; t < program.tutorCount; t++) {
      if (!isFeasible(program, t, s)) continue;
      edges.tutor.push(t);
      edges.sme.push(member);
      edges.cost.push(pairCost(program, geography, t, s));
    }
  });
  const waits = Array.from(freeSmes, (s) => program.smeWaitCost[s]);
  return solveMatching(buildInstance(problem, waits, edges)).objective + problem.pinnedCost;
}

/** The program after the plan is carried out and a few SMEs and tutors come and go. */
function nextProgram(random: SeededRandom, tutors: MatchTutor[], smes: MatchSme[], plan: RebalancePlan) {
  const tutorOf = new Map(plan.assignments.map((a) => [a.smeId, a.tutorId]));
  const stayingTutors = tutors.filter(() => !random.chance(0.1));
  const staying = new Set(stayingTutors.map((t) => t.id));
  const newcomers = randomProgram(random, 0, 3).smes.map((sme) => ({ ...sme, currentTutorId: null, pinned: false }));
  const carriedOn = smes
    .filter(() => !random.chance(0.1))
    .map((sme) => {
      const currentTutorId = tutorOf.get(sme.id) ?? null;
      return currentTutorId !== null && staying.has(currentTutorId) ? { ...sme, currentTutorId } : { ...sme, currentTutorId: null, pinned: false };
    });
  return { tutors: stayingTutors, smes: [...carriedOn, ...newcomers] };
}

describe('planRebalance over all feasible pairs', () => {
  it('equals the exhaustive optimum, with a certificate the checker accepts', () => {
    const random = new SeededRandom(38);
    for (let round = 0; round < 150; round++) {
      const { tutors, smes } = randomProgram(random, 12, 30);

      const plan = sut(tutors, smes, settings);

      expect(plan.objective).toBe(exhaustiveObjective(tutors, smes));
      expect(checkCertificate(tutors, smes, settings, plan)).toEqual({ ok: true, violations: [] });
    }
  });

  it('re-solves from the previous plan to the same optimum after a small change', () => {
    const random = new SeededRandom(5);
    for (let round = 0; round < 80; round++) {
      const first = randomProgram(random, 12, 30);
      const previous = sut(first.tutors, first.smes, settings);
      const { tutors, smes } = nextProgram(random, first.tutors, first.smes, previous);

      const plan = sut(tutors, smes, settings, { warmStart: previous });

      expect(plan.objective).toBe(sut(tutors, smes, settings).objective);
      expect(checkCertificate(tutors, smes, settings, plan).ok).toBe(true);
    }
  });

  it('rejects a plan, its objective honest, that leaves an SME waiting for no reason', () => {
    const random = new SeededRandom(11);
    const { tutors, smes } = randomProgram(random, 12, 30);
    const plan = sut(tutors, smes, settings);
    const dropped = plan.assignments.find((a) => !a.explanation.pinned);
    expect(dropped).toBeDefined();
    const worse: RebalancePlan = {
      ...plan,
      assignments: plan.assignments.filter((a) => a !== dropped),
      unassignedSmeIds: [...plan.unassignedSmeIds, dropped!.smeId],
    };

    const mismatch = checkCertificate(tutors, smes, settings, worse).violations.find((v) => v.kind === 'objective-mismatch');
    const honest = { ...worse, objective: mismatch && 'actual' in mismatch ? mismatch.actual : NaN };

    const verdict = checkCertificate(tutors, smes, settings, honest);

    expect(verdict.ok).toBe(false);
    expect(verdict.violations.map((v) => v.kind)).toEqual(['duality-gap']);
  });
});

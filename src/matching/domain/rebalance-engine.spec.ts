import { describe, expect, it } from '@jest/globals';
import { aTutor, anSme, MAKASSAR } from '../testing/program-factories.js';
import { randomProgram } from '../testing/random-program.js';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { checkCertificate } from './check-certificate.js';
import { DEFAULT_MATCHING_SETTINGS, InvalidMatchingInputError, type MatchSme, type MatchTutor, type RebalancePlan } from './matching-program.js';
import { planRebalance } from './plan-rebalance.js';
import type { ProgramChange, SmeMove } from './program-change.js';
import { RebalanceEngine as Sut } from './rebalance-engine.js';

const settings = DEFAULT_MATCHING_SETTINGS;

/** The SMEs with the plan's tutors as their current ones, pins as they were; a new pair has logged no session. */
function applied(smes: MatchSme[], plan: RebalancePlan): MatchSme[] {
  const tutorOf = new Map(plan.assignments.map((a) => [a.smeId, a.tutorId]));
  const planned = (sme: MatchSme) => tutorOf.get(sme.id) ?? null;
  return smes.map((sme) => (sme.pinned || planned(sme) === sme.currentTutorId ? sme : { ...sme, currentTutorId: planned(sme), sessionsLogged: false }));
}

/** A small random change: a few SMEs graduate (pinned ones too), a few enrol, a few tutors without pins leave. */
function randomChange(random: SeededRandom, tutors: MatchTutor[], smes: MatchSme[], round: number): ProgramChange {
  const pinnedTutors = new Set(smes.filter((sme) => sme.pinned).map((sme) => sme.currentTutorId));
  const newSmes = Array.from({ length: random.int(0, 4) }, (_, i) => {
    const like = smes.length > 0 && random.chance(0.8) ? smes[random.int(0, smes.length - 1)] : anSme(MAKASSAR);
    return { ...like, id: `new-${round}-${i}`, currentTutorId: null, pinned: false, sessionsLogged: false };
  });
  return {
    graduatedSmeIds: smes.filter(() => random.chance(0.1)).map((sme) => sme.id),
    newSmes,
    leavingTutorIds: tutors.filter((tutor) => !pinnedTutors.has(tutor.id) && random.chance(0.1)).map((tutor) => tutor.id),
  };
}

function changedLists(tutors: MatchTutor[], smes: MatchSme[], change: ProgramChange): { tutors: MatchTutor[]; smes: MatchSme[] } {
  const leaving = new Set(change.leavingTutorIds);
  const graduated = new Set(change.graduatedSmeIds);
  return { tutors: tutors.filter((t) => !leaving.has(t.id)), smes: smes.filter((sme) => !graduated.has(sme.id)).concat(change.newSmes) };
}

/** The moves from the SMEs' current tutors to a plan's. */
function movesTo(smes: MatchSme[], plan: RebalancePlan): SmeMove[] {
  const tutorOf = new Map(plan.assignments.map((a) => [a.smeId, a.tutorId]));
  return smes
    .map((sme) => ({ smeId: sme.id, fromTutorId: sme.currentTutorId, toTutorId: tutorOf.get(sme.id) ?? null }))
    .filter((move) => move.fromTutorId !== move.toTutorId);
}

const byId = (moves: SmeMove[]) => [...moves].sort((a, b) => a.smeId.localeCompare(b.smeId));

describe('RebalanceEngine', () => {
  it('re-solves a changed program to the same optimum as planning it from scratch, certified, over two rounds of changes', () => {
    const random = new SeededRandom(3);
    let edited = 0;
    for (let instance = 0; instance < 120; instance++) {
      let { tutors, smes } = randomProgram(random, 10, 24);
      const engine = new Sut(settings);
      let plan = engine.plan(tutors, smes);
      for (let round = 0; round < 2; round++) {
        engine.apply();
        smes = applied(smes, plan);
        const change = randomChange(random, tutors, smes, round);

        const replan = engine.replan(change);

        ({ tutors, smes } = changedLists(tutors, smes, change));
        plan = engine.currentPlan();
        expect(replan.objective).toBe(planRebalance(tutors, smes, settings).objective);
        expect(plan.objective).toBe(replan.objective);
        expect(checkCertificate(tutors, smes, settings, plan)).toEqual({ ok: true, violations: [] });
        expect(byId(replan.moves)).toEqual(byId(movesTo(smes, plan)));
        if (replan.edited) edited++;
      }
    }
    // Most changes are made as edits; newcomers from elsewhere and graduating pins build again.
    expect(edited).toBeGreaterThan(120);
  });

  it('moves the SMEs of a tutor who leaves and fills the place of one who graduates', () => {
    const [leaving, staying] = [aTutor({ maxSmes: 2 }), aTutor({ maxSmes: 2 })];
    const smes = [anSme(), anSme(), anSme(), anSme()];
    const engine = new Sut(settings);
    const first = engine.plan([leaving, staying], smes);
    engine.apply();
    const leavingSmes = first.assignments.filter((a) => a.tutorId === leaving.id).map((a) => a.smeId);
    const graduate = first.assignments.find((a) => a.tutorId === staying.id)!.smeId;

    const replan = engine.replan({ graduatedSmeIds: [graduate], newSmes: [], leavingTutorIds: [leaving.id] });

    expect(replan.edited).toBe(true);
    expect(replan.moves).toHaveLength(2);
    expect(replan.moves.filter((move) => move.toTutorId === staying.id)).toHaveLength(1);
    expect(replan.moves.every((move) => leavingSmes.includes(move.smeId) && move.fromTutorId === leaving.id)).toBe(true);
    expect(engine.currentPlan().assignments.map((a) => a.tutorId)).toEqual([staying.id, staying.id]);
  });

  it('refuses a change that names SMEs or tutors it does not have, or twice, and leaves its plan as it was', () => {
    const tutor = aTutor();
    const sme = anSme();
    const engine = new Sut(settings);
    const first = engine.plan([tutor], [sme]);
    engine.apply();
    const none: ProgramChange = { graduatedSmeIds: [], newSmes: [], leavingTutorIds: [] };

    expect(() => engine.replan({ ...none, graduatedSmeIds: ['nobody'] })).toThrow(InvalidMatchingInputError);
    expect(() => engine.replan({ ...none, graduatedSmeIds: [sme.id, sme.id] })).toThrow(InvalidMatchingInputError);
    expect(() => engine.replan({ ...none, leavingTutorIds: ['nobody'] })).toThrow(InvalidMatchingInputError);
    expect(() => engine.replan({ ...none, newSmes: [{ ...sme }] })).toThrow(InvalidMatchingInputError);
    expect(engine.replan(none)).toEqual({ objective: first.objective - settings.stayBonus, moves: [], edited: true });
  });

  it('refuses a tutor leaving who holds a pinned SME, and keeps its applied plan for the next change', () => {
    const [pinning, other] = [aTutor(), aTutor()];
    const pinned = anSme({ currentTutorId: pinning.id, pinned: true });
    const free = anSme();
    const engine = new Sut(settings);
    engine.plan([pinning, other], [pinned, free]);
    engine.apply();

    expect(() => engine.replan({ graduatedSmeIds: [], newSmes: [], leavingTutorIds: [pinning.id] })).toThrow(InvalidMatchingInputError);
    const replan = engine.replan({ graduatedSmeIds: [free.id], newSmes: [], leavingTutorIds: [] });

    expect(replan.edited).toBe(true);
    expect(engine.currentPlan().assignments.map((a) => [a.smeId, a.tutorId])).toEqual([[pinned.id, pinning.id]]);
  });

  it('needs a plan applied before it re-solves a change', () => {
    const engine = new Sut(settings);
    engine.plan([aTutor()], [anSme()]);

    expect(() => engine.replan({ graduatedSmeIds: [], newSmes: [], leavingTutorIds: [] })).toThrow('replan() needs a plan applied first');
  });
});

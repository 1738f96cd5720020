import { describe, expect, it } from '@jest/globals';
import { changedProgram } from '../../bench/program-change.js';
import { DEFAULT_MATCHING_SETTINGS, generateProgram, type MatchSme, type MatchTutor, planRebalance, type RebalancePlan } from '../../matching/index.js';
import { KeptEngine } from './kept-engine.js';

const settings = DEFAULT_MATCHING_SETTINGS;
const quiet = () => undefined;

/** The program as the database holds it once `plan` is applied and then changed a little (the bench's 1% change). */
function appliedThenChanged(tutors: MatchTutor[], smes: MatchSme[], plan: RebalancePlan, seed: number): { tutors: MatchTutor[]; smes: MatchSme[] } {
  const planned = new Map(plan.assignments.map((a) => [a.smeId, a.tutorId]));
  const applied = smes.map((sme) => {
    if (sme.pinned) return sme;
    const tutorId = planned.get(sme.id) ?? null;
    return { ...sme, currentTutorId: tutorId, sessionsLogged: sme.sessionsLogged && tutorId === sme.currentTutorId };
  });
  const { change } = changedProgram(tutors, applied, plan, seed);
  const leaving = new Set(change.leavingTutorIds);
  const graduated = new Set(change.graduatedSmeIds);
  const carriedOn = applied
    .filter((sme) => !graduated.has(sme.id) && !(sme.pinned && leaving.has(sme.currentTutorId!)))
    .map((sme) => (sme.currentTutorId !== null && leaving.has(sme.currentTutorId) ? { ...sme, currentTutorId: null, sessionsLogged: false } : sme));
  // The bench numbers newcomers from 1 each time; here each round's are new people.
  const newcomers = change.newSmes.map((sme) => ({ ...sme, id: `round-${seed}-${sme.id}` }));
  return { tutors: tutors.filter((t) => !leaving.has(t.id)), smes: [...carriedOn, ...newcomers] };
}

describe('a worker\'s kept engine', () => {
  const { tutors, smes } = generateProgram({ scale: 'pilot', seed: 5 });

  /** An engine that planned run-1 in full and keeps it as applied, with the program as run-1 left it and then changed. */
  function afterAppliedFirstRun() {
    const kept = new KeptEngine();
    const first = kept.plan('run-1', null, tutors, smes, settings, quiet);
    kept.keepAsApplied('run-1');
    return { kept, first, now: appliedThenChanged(tutors, smes, first.plan, 7) };
  }

  it('re-solves the change since the plan the database applied last as edits, to the optimum of planning it from scratch', () => {
    const { kept, first, now } = afterAppliedFirstRun();
    expect(first.mode).toBe('full');
    const second = kept.plan('run-2', 'run-1', now.tutors, now.smes, settings, quiet);
    expect(second.mode).toBe('incremental');
    expect(second.plan.objective).toBe(planRebalance(now.tutors, now.smes, settings).objective);
    kept.keepAsApplied('run-2');
    const later = appliedThenChanged(now.tutors, now.smes, second.plan, 8);
    const third = kept.plan('run-3', 'run-2', later.tutors, later.smes, settings, quiet);
    expect(third.mode).toBe('incremental');
    expect(third.plan.objective).toBe(planRebalance(later.tutors, later.smes, settings).objective);
  });

  it('plans in full when the database applied another plan last, or the change is not one it edits', () => {
    const { kept, now } = afterAppliedFirstRun();
    expect(kept.plan('run-2', 'run-by-another-worker', now.tutors, now.smes, settings, quiet).mode).toBe('full');
    kept.keepAsApplied('run-2');
    const joined = [...now.tutors, { ...now.tutors[0], id: 'tutor-who-joins' }];
    const withNewcomer = kept.plan('run-3', 'run-2', joined, now.smes, settings, quiet);
    expect(withNewcomer.mode).toBe('full');
    expect(withNewcomer.plan.objective).toBe(planRebalance(joined, now.smes, settings).objective);
  });

  it('lets the kept plan go as soon as a run will not re-solve from it, and plans in full, to the same optimum', () => {
    const { kept, now } = afterAppliedFirstRun();
    kept.beforeRun('run-by-another-worker');
    const again = kept.plan('run-2', 'run-1', now.tutors, now.smes, settings, quiet);
    expect(again.mode).toBe('full');
    expect(again.plan.objective).toBe(planRebalance(now.tutors, now.smes, settings).objective);
  });

  it('keeps the plan for a run that re-solves from it', () => {
    const { kept, now } = afterAppliedFirstRun();
    kept.beforeRun('run-1');
    expect(kept.plan('run-2', 'run-1', now.tutors, now.smes, settings, quiet).mode).toBe('incremental');
  });

  it('plans in full once the settings change', () => {
    const { kept, now } = afterAppliedFirstRun();
    const other = { ...settings, stayBonus: settings.stayBonus + 10 };
    const replanned = kept.plan('run-2', 'run-1', now.tutors, now.smes, other, quiet);
    expect(replanned.mode).toBe('full');
    expect(replanned.plan.objective).toBe(planRebalance(now.tutors, now.smes, other).objective);
  });
});

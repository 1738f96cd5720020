import { describe, expect, it } from '@jest/globals';
import { aTutor, anSme, BOGOR, JAKARTA, MAKASSAR } from '../testing/program-factories.js';
import { checkCertificate } from './check-certificate.js';
import { DEFAULT_MATCHING_SETTINGS, InvalidMatchingInputError, type MatchSme, type MatchTutor, type RebalancePlan } from './matching-program.js';
import { planRebalance as sut } from './plan-rebalance.js';

const settings = DEFAULT_MATCHING_SETTINGS;

function tutorOf(plan: RebalancePlan, sme: MatchSme): string | undefined {
  return plan.assignments.find((a) => a.smeId === sme.id)?.tutorId;
}

function planChecked(tutors: MatchTutor[], smes: MatchSme[]): RebalancePlan {
  const plan = sut(tutors, smes, settings);
  expect(checkCertificate(tutors, smes, settings, plan)).toEqual({ ok: true, violations: [] });
  return plan;
}

describe('planRebalance', () => {
  it('gives an SME without internet only an in-person tutor of its own province', () => {
    const onlineOnly = aTutor({ modes: ['online'] });
    const inPersonElsewhere = aTutor({ ...JAKARTA, modes: ['in_person'] });
    const inPersonInProvince = aTutor({ ...BOGOR, modes: ['in_person'], categories: ['fashion'] });
    const offline = anSme({ internetAccess: 'none' });

    const plan = planChecked([onlineOnly, inPersonElsewhere, inPersonInProvince], [offline]);

    expect(tutorOf(plan, offline)).toBe(inPersonInProvince.id);
    expect(plan.assignments[0].explanation).toMatchObject({ sameProvince: true, sameRegency: false, categoryMatch: false, remote: false, cost: 35 });
  });

  it('keeps alike SMEs each with its own current tutor, never swapped between equal tutors', () => {
    const [first, second, third] = [aTutor({ maxSmes: 1 }), aTutor({ maxSmes: 1 }), aTutor({ maxSmes: 1 })];
    const alike = [anSme({ currentTutorId: third.id }), anSme({ currentTutorId: first.id }), anSme(), anSme({ currentTutorId: second.id })];

    const plan = planChecked([first, second, third], alike);

    expect(alike.map((sme) => tutorOf(plan, sme))).toEqual([third.id, first.id, undefined, second.id]);
    expect(plan.assignments.every((a) => a.explanation.kept)).toBe(true);
  });

  it('keeps a pair that has logged sessions even against the best fit there is, with the session bonus on top of the stay bonus', () => {
    // Makassar to Bandung: another island group, another category, no shared language (80 + 15 + 25), against a perfect local fit.
    const far = aTutor({ ...MAKASSAR, categories: ['fashion'], languages: ['bug'] });
    const perfect = aTutor();
    const started = anSme({ currentTutorId: far.id, sessionsLogged: true });
    const notStarted = anSme({ currentTutorId: far.id });

    const withSessions = planChecked([far, perfect], [started]);
    expect(tutorOf(withSessions, started)).toBe(far.id);
    expect(withSessions.assignments[0].explanation).toMatchObject({ kept: true, sessionsLogged: true, cost: 120 - 30 - 100 });

    const without = planChecked([far, perfect], [notStarted]);
    expect(tutorOf(without, notStarted)).toBe(perfect.id);
    expect(without.assignments[0].explanation).toMatchObject({ kept: false, sessionsLogged: false, cost: 0 });
  });

  it('gives the session bonus only to the pair that logged the sessions, and only as much as the setting says', () => {
    const far = aTutor({ ...MAKASSAR, categories: ['fashion'], languages: ['bug'] });
    const perfect = aTutor();
    const started = anSme({ currentTutorId: far.id, sessionsLogged: true });
    const small = { ...settings, sessionBonus: 50 };

    const plan = sut([far, perfect], [started], small);

    expect(checkCertificate([far, perfect], [started], small, plan)).toEqual({ ok: true, violations: [] });
    expect(tutorOf(plan, started)).toBe(perfect.id);
  });

  it('keeps a current pair that a move would improve by less than the stay bonus', () => {
    const current = aTutor(BOGOR);
    const nearer = aTutor();
    const sme = anSme({ currentTutorId: current.id });

    const plan = planChecked([current, nearer], [sme]);

    expect(tutorOf(plan, sme)).toBe(current.id);
    expect(plan.assignments[0].explanation).toMatchObject({ kept: true, cost: 20 - 30 });
  });

  it('moves a current pair when a move gains more than the stay bonus', () => {
    const current = aTutor({ ...MAKASSAR, categories: ['fashion'] });
    const nearer = aTutor();
    const sme = anSme({ currentTutorId: current.id });

    const plan = planChecked([current, nearer], [sme]);

    expect(tutorOf(plan, sme)).toBe(nearer.id);
  });

  it('never moves a pinned pair, which uses up its tutor first slots', () => {
    const far = aTutor({ ...MAKASSAR, maxSmes: 1 });
    const near = aTutor();
    const pinned = anSme({ currentTutorId: far.id, pinned: true });
    const other = anSme({ ...MAKASSAR });

    const plan = planChecked([far, near], [pinned, other]);

    expect(tutorOf(plan, pinned)).toBe(far.id);
    expect(plan.assignments.find((a) => a.smeId === pinned.id)?.explanation.pinned).toBe(true);
    expect(tutorOf(plan, other)).toBe(near.id);
  });

  it('keeps traditional and flagged SMEs mentored first when capacity runs short', () => {
    const tutor = aTutor({ maxSmes: 2 });
    const ordinary = anSme({ currentTutorId: tutor.id });
    const traditional = anSme({ segment: 'traditional', ...BOGOR });
    const flagged = anSme({ needsContinuedMentoring: true, ...JAKARTA });

    const plan = planChecked([tutor], [ordinary, traditional, flagged]);

    expect(plan.unassignedSmeIds).toEqual([ordinary.id]);
  });

  it('refuses settings with a cost outside [-1e6, 1e6], which would also break its grouping of SMEs', () => {
    const huge = { ...settings, unassignedCost: { ...settings.unassignedCost, traditional: 3_000_000 } };

    expect(() => sut([aTutor()], [anSme(), anSme({ segment: 'traditional' })], huge)).toThrow(InvalidMatchingInputError);
  });

  it('refuses a regency given in two provinces, whose tutors would share one set of tiers', () => {
    const inBogor = aTutor(BOGOR);
    const sameRegencyOtherProvince = aTutor({ ...BOGOR, provinceCode: '33', modes: ['in_person'] });

    expect(() => sut([inBogor, sameRegencyOtherProvince], [anSme(BOGOR)], settings)).toThrow(/regency 32.01 .* provinces 32 and 33/);
  });

  it('keeps no more of its current SMEs than a tutor has slots, however many name it', () => {
    const overbooked = aTutor({ languages: ['id', 'jv'] });
    const current = Array.from({ length: 40 }, (_, i) => anSme({ currentTutorId: overbooked.id, languages: [i % 2 === 0 ? 'id' : 'jv'] }));

    const plan = planChecked([overbooked], current);

    expect(plan.assignments.filter((a) => a.tutorId === overbooked.id && a.explanation.kept)).toHaveLength(3);
    expect(plan.unassignedSmeIds).toHaveLength(37);
  });

  it('brings every tutor to two SMEs before any gets a third when SMEs are plenty', () => {
    const tutors = [aTutor(), aTutor(BOGOR), aTutor(JAKARTA), aTutor({ ...MAKASSAR, categories: ['fashion'], languages: ['bug'] })];
    const smes = Array.from({ length: 10 }, () => anSme());

    const plan = planChecked(tutors, smes);

    const loads = tutors.map((t) => plan.assignments.filter((a) => a.tutorId === t.id).length);
    expect(Math.min(...loads)).toBe(2);
    expect(Math.max(...loads)).toBe(3);
    expect(plan.unassignedSmeIds).toEqual([]);
  });
});

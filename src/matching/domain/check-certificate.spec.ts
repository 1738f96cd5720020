import { describe, expect, it } from '@jest/globals';
import { aTutor, anSme, JAKARTA } from '../testing/program-factories.js';
import { checkCertificate } from './check-certificate.js';
import { DEFAULT_MATCHING_SETTINGS, type RebalancePlan } from './matching-program.js';
import { planRebalance } from './plan-rebalance.js';
import { planPlaces } from './plan-order.js';

const settings = DEFAULT_MATCHING_SETTINGS;
const tutors = [aTutor({ maxSmes: 2 }), aTutor({ ...JAKARTA, maxSmes: 1 })];
const smes = [anSme(), anSme({ currentTutorId: tutors[0].id, pinned: true }), anSme(), anSme({ ...JAKARTA }), anSme({ internetAccess: 'none' })];
const plan = planRebalance(tutors, smes, settings);

const verdictOf = (tampered: Partial<RebalancePlan>) => checkCertificate(tutors, smes, settings, { ...plan, ...tampered });
const kinds = (tampered: Partial<RebalancePlan>) => verdictOf(tampered).violations.map((v) => v.kind);

describe('checkCertificate', () => {
  it('accepts the optimal plan, listed in the program order or in any other', () => {
    expect(plan.unassignedSmeIds.length).toBeGreaterThan(0);
    expect(planPlaces(smes, plan)).not.toBeNull();
    expect(verdictOf({})).toEqual({ ok: true, violations: [] });
    expect(verdictOf({ assignments: [...plan.assignments].reverse(), unassignedSmeIds: [...plan.unassignedSmeIds].reverse() })).toEqual({ ok: true, violations: [] });
  });

  it('refuses a plan that leaves an SME out, plans one twice or plans one outside the program', () => {
    const [first, ...rest] = plan.assignments;
    const notPlannedOnce = (tampered: Partial<RebalancePlan>) => verdictOf(tampered).violations.filter((v) => v.kind === 'sme-not-planned-once');
    expect(notPlannedOnce({ assignments: rest })).toEqual([{ kind: 'sme-not-planned-once', smeId: first.smeId }]);
    expect(notPlannedOnce({ unassignedSmeIds: [...plan.unassignedSmeIds, first.smeId] })).toEqual([{ kind: 'sme-not-planned-once', smeId: first.smeId }]);
    expect(notPlannedOnce({ unassignedSmeIds: [...plan.unassignedSmeIds, 'stranger'] })).toEqual([{ kind: 'sme-not-planned-once', smeId: 'stranger' }]);
  });

  it('refuses a plan that fills a tutor past its seats or names a tutor outside the program', () => {
    const toFirst = plan.assignments.map((a) => ({ ...a, tutorId: tutors[0].id }));
    expect(kinds({ assignments: toFirst })).toContain('over-capacity');
    const free = plan.assignments.find((a) => a.smeId !== smes[1].id)!;
    expect(kinds({ assignments: plan.assignments.map((a) => (a === free ? { ...a, tutorId: 'nobody' } : a)) })).toContain('infeasible-pair');
  });

  it('refuses a plan whose certificate lists the program in another order', () => {
    const { certificate } = plan;
    expect(kinds({ certificate: { ...certificate, smeIds: [...certificate.smeIds].reverse() } })).toEqual(['certificate-misaligned']);
  });
});

describe('planPlaces', () => {
  it('gives each SME its assignment in a plan listed in the program order, and nothing for a plan in another order', () => {
    const places = planPlaces(smes, plan)!;
    smes.forEach((sme, s) => expect(places[s] < 0 ? plan.unassignedSmeIds.includes(sme.id) : plan.assignments[places[s]].smeId === sme.id).toBe(true));
    expect(planPlaces(smes, { ...plan, assignments: [...plan.assignments].reverse() })).toBeNull();
    expect(planPlaces(smes, { ...plan, assignments: plan.assignments.slice(1) })).toBeNull();
  });
});

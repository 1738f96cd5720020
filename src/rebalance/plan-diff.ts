import { describeTerms } from '../assignments/pair-explanation.js';
import { type MatchSme, type PairExplanation, planPlaces, type RebalancePlan } from '../matching/index.js';
import type { MatchingInput } from './matching-input.js';
import type { SnapshotAssignment } from './program-snapshot.repository.js';
import type { RebalanceSummary } from './rebalance.entity.js';
import type { ChangeKind } from './rebalance-change.entity.js';

export interface PlannedChange {
  kind: ChangeKind;
  smeId: string;
  fromTutorId: string | null;
  toTutorId: string | null;
  explanation: PairExplanation | null;
  reason: string;
}

/** Why a plan changes an SME's tutor: a stable code beside each sentence the change's `reason` starts with. */
const CHANGE_REASONS = {
  ASSIGNED: 'assigned',
  BETTER_PAIR: 'moved, a better pair outweighs the stay bonus',
  TUTOR_INACTIVE: 'moved, its tutor is no longer active',
  NO_BETTER_FIT: 'ended: no free tutor fits this SME better than waiting',
  TUTOR_INACTIVE_NO_FIT: 'ended: its tutor is no longer active and no free tutor fits',
  SME_LEFT: 'ended: the SME has left the program',
} as const;
export type ChangeReasonCode = keyof typeof CHANGE_REASONS;
export const CHANGE_REASON_CODES = Object.keys(CHANGE_REASONS) as ChangeReasonCode[];

/** The code of a change's reason, read back from its sentence, so runs planned before the code existed have it too. */
export function changeReasonCode(reason: string): ChangeReasonCode | null {
  return CHANGE_REASON_CODES.find((code) => reason === CHANGE_REASONS[code] || reason.startsWith(`${CHANGE_REASONS[code]}: `)) ?? null;
}

function change(smeId: string, current: SnapshotAssignment | undefined, planned: { tutorId: string; explanation: PairExplanation } | undefined, tutorStays: boolean): PlannedChange {
  const fromTutorId = current?.tutorId ?? null;
  if (!planned) {
    return { kind: 'ended', smeId, fromTutorId, toTutorId: null, explanation: null, reason: CHANGE_REASONS[tutorStays ? 'NO_BETTER_FIT' : 'TUTOR_INACTIVE_NO_FIT'] };
  }
  const kind: ChangeKind = current ? 'moved' : 'added';
  const lead = CHANGE_REASONS[!current ? 'ASSIGNED' : tutorStays ? 'BETTER_PAIR' : 'TUTOR_INACTIVE'];
  return { kind, smeId, fromTutorId, toTutorId: planned.tutorId, explanation: planned.explanation, reason: `${lead}: ${describeTerms(planned.explanation)}` };
}

/**
 * What a plan changes against the assignments it was made from, and its summary. `planSmes` are
 * the plan's SMEs in its certificate's order (the engine's current program), which its
 * assignments follow. A pair whose SME has left the program still holds a seat the engine does
 * not see, so it ends, whatever the scope.
 */
export function diffPlan(input: MatchingInput, plan: RebalancePlan, planSmes: readonly MatchSme[], provinceCode: string | null): { changes: PlannedChange[]; summary: RebalanceSummary } {
  const places = planPlaces(planSmes, plan);
  if (!places) throw new Error('the plan does not list its SMEs in its program\'s order');
  const activeTutors = new Set(input.tutors.map((t) => t.id));
  const summary: RebalanceSummary = { kept: 0, moved: 0, added: 0, ended: 0, unassigned: 0, objective: plan.objective };
  const changes: PlannedChange[] = [];
  planSmes.forEach((sme, s) => {
    if (provinceCode !== null && sme.provinceCode !== provinceCode) return;
    const current = input.currentBySme.get(sme.id);
    const planned = places[s] < 0 ? undefined : plan.assignments[places[s]];
    if (!planned) summary.unassigned++;
    if (current && planned && current.tutorId === planned.tutorId) {
      summary.kept++;
      return;
    }
    if (!current && !planned) return;
    const next = change(sme.id, current, planned, current ? activeTutors.has(current.tutorId) : true);
    summary[next.kind]++;
    changes.push(next);
  });
  for (const pair of input.departedPairs) {
    summary.ended++;
    changes.push({ kind: 'ended', smeId: pair.smeId, fromTutorId: pair.tutorId, toTutorId: null, explanation: null, reason: CHANGE_REASONS.SME_LEFT });
  }
  return { changes, summary };
}

/** The rebalance's domain model (docs/matching-model.md section 2): who takes part, what a pair costs, and the plan. */
export type TutorMode = 'online' | 'in_person';

export interface MatchTutor {
  id: string;
  provinceCode: string;
  regencyCode: string;
  categories: string[];
  languages: string[];
  modes: TutorMode[];
  /** 0 to MAX_TUTOR_SLOTS. */
  maxSmes: number;
}

export interface MatchSme {
  id: string;
  provinceCode: string;
  regencyCode: string;
  category: string;
  languages: string[];
  internetAccess: 'good' | 'limited' | 'none';
  segment: 'traditional' | 'digital_savvy';
  needsContinuedMentoring: boolean;
  currentTutorId: string | null;
  /** A coordinator's lock: currentTutorId is kept as it is. */
  pinned: boolean;
  /** The pair with currentTutorId has at least one logged mentoring session: it earns the session bonus. */
  sessionsLogged: boolean;
}

export interface MatchingSettings {
  geographyCost: { sameRegency: number; sameProvince: number; sameIslandGroup: number; other: number };
  categoryMismatchCost: number;
  languageMismatchCost: number;
  stayBonus: number;
  /** A further bonus for the current tutor once the pair has logged a session. */
  sessionBonus: number;
  slotCosts: number[];
  unassignedCost: { default: number; traditional: number; needsContinuedMentoring: number };
}

/** The most SMEs the engine seats at one tutor (MATCHING.md section 1: 0 to 3 slots). */
export const MAX_TUTOR_SLOTS = 3;

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  geographyCost: { sameRegency: 0, sameProvince: 20, sameIslandGroup: 45, other: 80 },
  categoryMismatchCost: 15,
  languageMismatchCost: 25,
  stayBonus: 30,
  sessionBonus: 100,
  slotCosts: [-160, -160, 0],
  unassignedCost: { default: 130, traditional: 180, needsContinuedMentoring: 230 },
};

export interface PairExplanation {
  sameRegency: boolean;
  sameProvince: boolean;
  sameIslandGroup: boolean;
  categoryMatch: boolean;
  sharedLanguage: boolean;
  kept: boolean;
  /** Kept, and the pair has logged sessions. */
  sessionsLogged: boolean;
  pinned: boolean;
  /** Different provinces: the pair works online. */
  remote: boolean;
  cost: number;
}

export interface PlannedAssignment {
  tutorId: string;
  smeId: string;
  explanation: PairExplanation;
}

/**
 * The duals that prove a plan optimal: a price per tutor and per SME, aligned with the ids.
 * Pinned SMEs take no part in the optimisation; their price is NaN.
 */
export interface Certificate {
  tutorIds: string[];
  tutorPrice: Float64Array;
  smeIds: string[];
  smePrice: Float64Array;
  /** Equals the plan's objective exactly when the plan is optimal. */
  dualObjective: number;
}

export interface RebalancePlan {
  assignments: PlannedAssignment[];
  unassignedSmeIds: string[];
  objective: number;
  certificate: Certificate;
}

/** A previous plan's prices (its certificate's, by tutor id) to start the next rebalance from. */
export interface WarmStart {
  certificate: Pick<Certificate, 'tutorIds' | 'tutorPrice'>;
}

export interface PlanOptions {
  onProgress?: (percent: number) => void;
  warmStart?: WarmStart;
}

export class InvalidMatchingInputError extends Error {
  readonly code = 'INVALID_MATCHING_INPUT';
}

/** docs/matching-model.md section 1: every number is an integer in [-1e6, 1e6]. */
const COST_LIMIT = 1_000_000;

/**
 * Tiers are exact only when a looser tier never costs less than a tighter one, so
 * these orderings are rules of the settings, not just habits of the defaults.
 */
export function assertValidSettings(settings: MatchingSettings): void {
  const { sameRegency, sameProvince, sameIslandGroup, other } = settings.geographyCost;
  const problems = [
    !(sameRegency <= sameProvince && sameProvince <= sameIslandGroup && sameIslandGroup <= other) && 'geographyCost must not decrease from sameRegency to other',
    settings.categoryMismatchCost < 0 && 'categoryMismatchCost must not be negative',
    settings.languageMismatchCost < 0 && 'languageMismatchCost must not be negative',
    settings.sessionBonus < 0 && 'sessionBonus must not be negative',
    settings.slotCosts.length > MAX_TUTOR_SLOTS && `slotCosts may have at most ${MAX_TUTOR_SLOTS} slots`,
    settings.slotCosts.some((cost, k) => k > 0 && cost < settings.slotCosts[k - 1]) && 'slotCosts must not decrease',
    [sameRegency, sameProvince, sameIslandGroup, other, settings.categoryMismatchCost, settings.languageMismatchCost, settings.stayBonus, settings.sessionBonus,
      ...settings.slotCosts, ...Object.values(settings.unassignedCost)].some((n) => !Number.isInteger(n) || Math.abs(n) > COST_LIMIT) &&
      `every cost must be an integer in [-${COST_LIMIT}, ${COST_LIMIT}]`,
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new InvalidMatchingInputError(problems.join('; '));
}

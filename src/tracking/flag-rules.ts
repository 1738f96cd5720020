import { finishedRequiredCourses, goesOnAlone, type RequiredCourseTally } from './graduation.rule.js';
import type { ProgramSettings } from '../settings/program-settings.js';
import { isActiveSmeStatus, type InternetAccess, type OnlineStage, type Segment, type SmeStatus } from '../smes/sme-vocabulary.js';
import { daysBetween, latestDay, localDay } from './calendar-days.js';
import { flagReason } from './flag-reasons.js';
import type { FlagType } from './flag.entity.js';

/** What the flag rules need to know about one SME. */
export interface SmeFlagFacts {
  status: SmeStatus;
  segment: Segment;
  segmentSetByCoordinator: boolean;
  onlineStage: OnlineStage;
  digitalLiteracy: number;
  internetAccess: InternetAccess;
  requiredCourses: RequiredCourseTally;
  /** When any of its course progress last moved. */
  lastProgressAt: Date | null;
  /** Start of its active assignment; null while it has no tutor. */
  assignedSince: Date | null;
  /** `YYYY-MM-DD` of its latest mentoring session. */
  lastSessionDate: string | null;
  /** When its latest assignment ended, if one did. */
  lastAssignmentEndedAt: Date | null;
  /** Enrolment. */
  createdAt: Date;
}

export interface FlagRuleSettings {
  flags: ProgramSettings['flags'];
  graduation: ProgramSettings['graduation'];
  /** Day counts are calendar days in the program's time zone. */
  timeZone: string;
}

export interface DesiredFlag {
  type: FlagType;
  reasons: string[];
}

interface RuleInput {
  sme: SmeFlagFacts;
  settings: FlagRuleSettings;
  today: string;
  day: (instant: Date) => string;
}

/** The flags that should be open for one SME at `now`, each with reasons a coordinator can read. */
export function desiredFlags(sme: SmeFlagFacts, settings: FlagRuleSettings, now: Date): DesiredFlag[] {
  if (!isActiveSmeStatus(sme.status)) return [];
  const day = (instant: Date) => localDay(instant, settings.timeZone);
  const input: RuleInput = { sme, settings, today: day(now), day };
  return [needsContinuedMentoring, mentoringStalled, trainingStalled, unassigned]
    .map((rule) => rule(input))
    .filter((flag): flag is DesiredFlag => flag !== null);
}

/** A traditional SME that finished its required courses but is not selling online yet. */
function needsContinuedMentoring({ sme, settings }: RuleInput): DesiredFlag | null {
  if (!finishedRequiredCourses(sme.requiredCourses) || goesOnAlone(sme, settings.graduation) || sme.onlineStage === 'first_sale') return null;
  const reasons = [
    courseTally(sme.requiredCourses),
    ...(sme.segmentSetByCoordinator ? [flagReason('SEGMENT_SET_BY_COORDINATOR')] : []),
    flagReason('ONLINE_STAGE', { stage: sme.onlineStage }),
    flagReason('DIGITAL_LITERACY', { score: sme.digitalLiteracy }),
    ...(sme.internetAccess === 'none' ? [flagReason('NO_INTERNET')] : []),
  ];
  return { type: 'NEEDS_CONTINUED_MENTORING', reasons };
}

/** An assigned SME without a session since the later of its last session and the assignment's start. */
function mentoringStalled({ sme, settings, today, day }: RuleInput): DesiredFlag | null {
  if (!sme.assignedSince) return null;
  const assigned = day(sme.assignedSince);
  const since = latestDay(assigned, sme.lastSessionDate);
  const days = daysBetween(since, today);
  if (days < settings.flags.mentoringStalledDays) return null;
  const reason = since === sme.lastSessionDate ? flagReason('NO_SESSION_SINCE_LAST', { days, since }) : flagReason('NO_SESSION_SINCE_ASSIGNED', { days, since: assigned });
  return { type: 'MENTORING_STALLED', reasons: [reason] };
}

/** An SME with unfinished required courses and no progress since the later of its last progress and enrolment. */
function trainingStalled({ sme, settings, today, day }: RuleInput): DesiredFlag | null {
  if (sme.requiredCourses.total === 0 || finishedRequiredCourses(sme.requiredCourses)) return null;
  const enrolled = day(sme.createdAt);
  const progressed = sme.lastProgressAt ? day(sme.lastProgressAt) : null;
  const since = latestDay(enrolled, progressed);
  const days = daysBetween(since, today);
  if (days < settings.flags.trainingStalledDays) return null;
  const reason = flagReason(since === progressed ? 'NO_PROGRESS_SINCE_LAST' : 'NO_PROGRESS_SINCE_ENROLLED', { days, since });
  return { type: 'TRAINING_STALLED', reasons: [reason, courseTally(sme.requiredCourses)] };
}

/** An SME without a tutor since the later of its last assignment's end and enrolment. */
function unassigned({ sme, settings, today, day }: RuleInput): DesiredFlag | null {
  if (sme.assignedSince) return null;
  const enrolled = day(sme.createdAt);
  const ended = sme.lastAssignmentEndedAt ? day(sme.lastAssignmentEndedAt) : null;
  const since = latestDay(enrolled, ended);
  const days = daysBetween(since, today);
  if (days < settings.flags.unassignedDays) return null;
  const reason = flagReason(since === ended ? 'NO_TUTOR_SINCE_ENDED' : 'NO_TUTOR_SINCE_ENROLLED', { days, since });
  return { type: 'UNASSIGNED', reasons: [reason] };
}

const courseTally = ({ completed, total }: RequiredCourseTally) => flagReason('COURSES_COMPLETED', { completed, total });

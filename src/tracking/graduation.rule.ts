import { deriveSegment, type SegmentInputs, type SegmentThresholds } from '../smes/segment.rule.js';
import type { Segment } from '../smes/sme-vocabulary.js';

export interface RequiredCourseTally {
  total: number;
  completed: number;
}

export interface ProgressFigures {
  courseCode: string;
  progressPercent: number;
  completedAt: Date | null;
}

/** How many of the catalogue's required courses an SME has completed (a completion time or 100%). */
export function tallyRequiredCourses(requiredCodes: ReadonlySet<string>, progress: ProgressFigures[]): RequiredCourseTally {
  const completed = new Set(
    progress.filter((p) => requiredCodes.has(p.courseCode) && (p.completedAt !== null || p.progressPercent >= 100)).map((p) => p.courseCode),
  );
  return { total: requiredCodes.size, completed: completed.size };
}

/** A catalogue without required courses has nothing to finish, so nobody graduates or is flagged by it. */
export const finishedRequiredCourses = (tally: RequiredCourseTally): boolean => tally.total > 0 && tally.completed >= tally.total;

export interface GraduationInputs extends SegmentInputs {
  segment: Segment;
  segmentSetByCoordinator: boolean;
}

/**
 * Digital-savvy by the graduation thresholds, or as a coordinator set the segment: such an SME
 * goes on alone once trained, while a traditional one keeps its tutor.
 */
export function goesOnAlone(sme: GraduationInputs, thresholds: SegmentThresholds): boolean {
  return (sme.segmentSetByCoordinator ? sme.segment : deriveSegment(sme, thresholds)) === 'digital_savvy';
}

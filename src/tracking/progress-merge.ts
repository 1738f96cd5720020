import type { CourseProgress } from './course-progress.entity.js';

export interface ProgressReport {
  progressPercent: number;
  completedAt: Date | null;
}

/** A progress row as stored, or as it will be once saved. */
export type StoredProgress = Partial<CourseProgress> & ProgressReport;

/**
 * Folds a report from the training platform into what is stored. Progress never goes back and the
 * first completion time stays, so a repeated or late, out-of-order report changes nothing.
 * Returns null when nothing changes.
 */
export function mergeProgress(stored: StoredProgress | undefined, report: ProgressReport, now: Date): StoredProgress | null {
  const completedAt = report.completedAt ?? (report.progressPercent === 100 ? now : null);
  if (!stored) return { progressPercent: report.progressPercent, completedAt, progressedAt: now };
  const progressPercent = Math.max(stored.progressPercent, report.progressPercent);
  const mergedCompletedAt = stored.completedAt ?? completedAt;
  if (progressPercent === stored.progressPercent && mergedCompletedAt === stored.completedAt) return null;
  return { ...stored, progressPercent, completedAt: mergedCompletedAt, progressedAt: now };
}

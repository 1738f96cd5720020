import type { MentoringMode } from '../tutor/session-vocabulary';

/** `GET /api/me/mentor`. */
export interface MentorView {
  mentor: { name: string; storeName: string; phone: string; regencyName: string; provinceName: string; modes: MentoringMode[]; since: string } | null;
  reason?: string;
}

/** One course of `GET /api/me/courses`: the whole catalogue with the SME's progress. */
export interface CourseStatus {
  code: string;
  title: string;
  required: boolean;
  progressPercent: number;
  completedAt: string | null;
}

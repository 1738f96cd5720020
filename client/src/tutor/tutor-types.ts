import type { MentoringMode, SessionTopic } from './session-vocabulary';

/** A mentoring session as `GET /api/me/sessions` and `POST /api/sessions` answer it. */
export interface MentoringSession {
  id: string;
  tutorId: string;
  smeId: string;
  date: string;
  durationMinutes: number;
  mode: MentoringMode;
  topics: SessionTopic[];
  notes: string | null;
  nextSteps: string | null;
  createdAt: string;
}

export type FlagType = 'NEEDS_CONTINUED_MENTORING' | 'MENTORING_STALLED' | 'TRAINING_STALLED' | 'UNASSIGNED';

/** One SME of `GET /api/me/smes`. */
export interface MentoredSme {
  id: string;
  businessName: string;
  ownerName: string;
  phone: string;
  regencyName: string;
  assignedSince: string;
  courseProgress: { courseCode: string; progressPercent: number }[];
  openFlags: { id: string; type: FlagType; status: string }[];
  lastSessionDate: string | null;
}

/** A course of `GET /api/courses`. */
export interface Course {
  code: string;
  title: string;
  required: boolean;
}

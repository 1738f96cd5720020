import type { Schemas } from '../api/types';

/** `GET /api/me/mentor`. */
export type MentorView = Schemas['MentorView'];
/** One course of `GET /api/me/courses`: the whole catalogue with the SME's progress. */
export type CourseStatus = Schemas['CourseStatusView'];

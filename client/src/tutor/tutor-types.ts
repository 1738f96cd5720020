import type { Schemas } from '../api/types';

/** A mentoring session as `GET /api/me/sessions` and `POST /api/sessions` answer it. */
export type MentoringSession = Schemas['SessionView'];
export type FlagType = Schemas['FlagView']['type'];
/** One SME of `GET /api/me/smes`. */
export type MentoredSme = Schemas['MentoredSmeView'];
/** A course of `GET /api/courses`. */
export type Course = Schemas['CourseView'];

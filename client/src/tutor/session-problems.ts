import { ApiError } from '../api/api-error';

export const SESSION_FIELDS = ['date', 'durationMinutes', 'mode', 'topics', 'notes', 'nextSteps'] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

/** Where each refusal of `POST /api/sessions` is shown: under its field, or above the button when it belongs to none. */
export interface SessionProblems {
  fields: Partial<Record<SessionField, 'invalid' | 'SESSION_BEFORE_ASSIGNMENT' | 'MODE_NOT_OFFERED'>>;
  /** The failure itself when no field explains it (say it with errorMessage). */
  other: unknown;
}

const isSessionField = (field: string): field is SessionField => (SESSION_FIELDS as readonly string[]).includes(field);

export function sessionProblems(error: unknown): SessionProblems {
  if (error instanceof ApiError && error.code === 'SESSION_BEFORE_ASSIGNMENT') return { fields: { date: error.code }, other: null };
  if (error instanceof ApiError && error.code === 'MODE_NOT_OFFERED') return { fields: { mode: error.code }, other: null };
  const refused = Object.keys(error instanceof ApiError ? error.fieldProblems() : {});
  const fields: SessionProblems['fields'] = {};
  for (const field of refused.filter(isSessionField)) fields[field] = 'invalid';
  const explained = refused.length > 0 && refused.every(isSessionField);
  return { fields, other: explained ? null : error };
}

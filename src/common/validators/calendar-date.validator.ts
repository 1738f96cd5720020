import { valueValidator } from './value-validator.js';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/** A real `YYYY-MM-DD` date; whether it may lie ahead is the service's rule (the program's time zone). */
export const IsCalendarDate = valueValidator('isCalendarDate', isCalendarDate, 'must be a YYYY-MM-DD date');

/** A real `YYYY-MM-DD` date that is not after today. */
export const IsPastCalendarDate = valueValidator(
  'isPastCalendarDate',
  (value) => isCalendarDate(value) && value <= todayUtc(),
  'must be a YYYY-MM-DD date, not in the future',
);

import { isISO8601 } from 'class-validator';
import { valueValidator } from './value-validator.js';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The years any date of the program falls in (docs/api.md); outside them a date is a typing mistake. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const inProgramYears = (date: Date): boolean => date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) && inProgramYears(parsed);
}

/** An ISO-8601 date and time (strict) within the program's years. */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !isISO8601(value, { strict: true })) return false;
  const parsed = new Date(value);
  return !Number.isNaN(parsed.getTime()) && inProgramYears(parsed);
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/** A real `YYYY-MM-DD` date; whether it may lie ahead is the service's rule (the program's time zone). */
export const IsCalendarDate = valueValidator('isCalendarDate', isCalendarDate, 'must be a YYYY-MM-DD date');

/** A real `YYYY-MM-DD` date from 1900 on that is not after today. */
export const IsPastCalendarDate = valueValidator(
  'isPastCalendarDate',
  (value) => isCalendarDate(value) && value <= todayUtc(),
  `must be a YYYY-MM-DD date from ${FIRST_YEAR} on, not in the future`,
);

export const IsTimestamp = valueValidator('isTimestamp', isTimestamp, `must be an ISO-8601 date and time from ${FIRST_YEAR} to ${LAST_YEAR}`);

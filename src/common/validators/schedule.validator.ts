import { CronExpressionParser } from 'cron-parser';
import { valueValidator } from './value-validator.js';

export function isCronExpression(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(value);
    return true;
  } catch {
    return false;
  }
}

export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Five cron fields (minute hour day month weekday), e.g. `0 2 * * *`. */
export const IsCronExpression = valueValidator('isCronExpression', isCronExpression, 'must be a five-field cron expression such as 0 2 * * *');

/** An IANA time zone such as Asia/Jakarta. */
export const IsTimeZone = valueValidator('isTimeZone', isTimeZone, 'must be an IANA time zone such as Asia/Jakarta');

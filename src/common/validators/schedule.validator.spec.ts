import { describe, expect, it } from '@jest/globals';
import { isCronExpression, isTimeZone } from './schedule.validator.js';

describe('schedule validators', () => {
  it.each(['0 2 * * *', '*/15 * * * 1-5', '30 1 1 * *'])('accept the cron expression %s', (value) => expect(isCronExpression(value)).toBe(true));
  it.each(['', 'daily', '0 2 * *', '61 2 * * *', '0 0 2 * * *', 5])('refuse %j as a cron expression', (value) => expect(isCronExpression(value)).toBe(false));
  it.each(['Asia/Jakarta', 'Asia/Makassar', 'UTC'])('accept the time zone %s', (value) => expect(isTimeZone(value)).toBe(true));
  it.each(['Mars/Olympus', '', 7])('refuse %j as a time zone', (value) => expect(isTimeZone(value)).toBe(false));
});

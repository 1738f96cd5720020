import { describe, expect, it } from '@jest/globals';
import { isCalendarDate, todayUtc } from './calendar-date.validator.js';

describe('isCalendarDate', () => {
  it.each(['2020-02-29', '2026-01-31'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));
  it.each(['2021-02-29', '2026-13-01', '2026-1-1', '20260101', '', 20260101])('rejects %s', (value) =>
    expect(isCalendarDate(value)).toBe(false),
  );
  it('reads today in UTC', () => expect(todayUtc(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22'));
});

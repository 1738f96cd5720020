import { describe, expect, it } from '@jest/globals';
import { isCalendarDate, isTimestamp, todayUtc } from './calendar-date.validator.js';

describe('isCalendarDate', () => {
  it.each(['2020-02-29', '2026-01-31'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));
  it.each(['2021-02-29', '2026-13-01', '2026-1-1', '20260101', '', 20260101, '0000-01-01', '1899-12-31', '2101-01-01'])('rejects %s', (value) =>
    expect(isCalendarDate(value)).toBe(false),
  );
  it.each(['1900-01-01T00:00:00Z', '2100-12-31T23:59:59Z'])('accepts the timestamp %s', (value) => expect(isTimestamp(value)).toBe(true));
  it.each(['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2101-01-01T00:00:00Z', 'yesterday'])('rejects the timestamp %s', (value) =>
    expect(isTimestamp(value)).toBe(false),
  );
  it('reads today in UTC', () => expect(todayUtc(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22'));
});

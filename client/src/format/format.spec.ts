import { describe, expect, it } from '@jest/globals';
import { formatDate, formatDateTime, formatNumber, formatPercent, todayIn } from './format';

// 17:30 UTC on 1 December is already 2 December in Jakarta (UTC+7).
const LATE_EVENING_UTC = '2026-12-01T17:30:00Z';

describe('formatDate', () => {
  it('shows the day in the program time zone, in each language', () => {
    expect(formatDate(LATE_EVENING_UTC, 'id')).toBe('2 Des 2026');
    expect(formatDate(LATE_EVENING_UTC, 'en')).toBe('2 Dec 2026');
  });

  it('follows another time zone when the program has one', () => {
    expect(formatDate(LATE_EVENING_UTC, 'en', 'UTC')).toBe('1 Dec 2026');
  });
});

describe('formatDateTime', () => {
  it('shows the time of day in the program time zone', () => {
    expect(formatDateTime(LATE_EVENING_UTC, 'en')).toBe('2 Dec 2026, 00:30');
    expect(formatDateTime(LATE_EVENING_UTC, 'id')).toBe('2 Des 2026, 00.30');
  });
});

describe('numbers', () => {
  it('group thousands and mark decimals as each language does', () => {
    expect(formatNumber(30000, 'id')).toBe('30.000');
    expect(formatNumber(30000, 'en')).toBe('30,000');
    expect(formatNumber(1234.56, 'id', 1)).toBe('1.234,6');
  });

  it('show a fraction as a percentage', () => {
    expect(formatPercent(0.425, 'en', 1)).toBe('42.5%');
    expect(formatPercent(0.425, 'id', 1)).toBe('42,5%');
  });
});

describe('todayIn', () => {
  it("is the program's date, which may be ahead of UTC", () => {
    expect(todayIn('Asia/Jakarta', new Date(LATE_EVENING_UTC))).toBe('2026-12-02');
    expect(todayIn('UTC', new Date(LATE_EVENING_UTC))).toBe('2026-12-01');
  });
});

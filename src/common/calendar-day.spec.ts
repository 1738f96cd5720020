import { describe, expect, it } from '@jest/globals';
import { calendarDayIn } from './calendar-day.js';

describe('calendarDayIn', () => {
  it('gives the date in the time zone, not in UTC', () => {
    const lateEvening = new Date('2026-11-30T18:30:00Z');
    expect(calendarDayIn('Asia/Jakarta', lateEvening)).toBe('2026-12-01');
    expect(calendarDayIn('UTC', lateEvening)).toBe('2026-11-30');
    expect(calendarDayIn('America/Los_Angeles', new Date('2026-01-01T05:00:00Z'))).toBe('2025-12-31');
  });
});

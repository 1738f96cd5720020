import { describe, expect, it } from '@jest/globals';
import { quietHoursEnd } from './quiet-hours.js';

const NIGHT = { start: '21:00', end: '07:00' };
const JAKARTA = 'Asia/Jakarta';

describe('quietHoursEnd', () => {
  it('lets a message go at once in the day', () => {
    const noon = new Date('2026-03-02T05:00:00Z'); // 12:00 in Jakarta
    expect(quietHoursEnd(noon, NIGHT, JAKARTA)).toEqual(noon);
  });
  it('holds a late evening message until 07:00 the next morning, local time', () => {
    expect(quietHoursEnd(new Date('2026-03-02T15:30:00Z'), NIGHT, JAKARTA)).toEqual(new Date('2026-03-03T00:00:00Z'));
  });
  it('holds a message after midnight until 07:00 the same morning', () => {
    expect(quietHoursEnd(new Date('2026-03-02T20:15:00Z'), NIGHT, JAKARTA)).toEqual(new Date('2026-03-03T00:00:00Z'));
  });
  it('holds nothing when there are no quiet hours', () => {
    const late = new Date('2026-03-02T16:00:00Z');
    expect(quietHoursEnd(late, null, JAKARTA)).toEqual(late);
  });
  it('handles a span inside one day', () => {
    expect(quietHoursEnd(new Date('2026-03-02T06:30:00Z'), { start: '13:00', end: '14:00' }, JAKARTA)).toEqual(new Date('2026-03-02T07:00:00Z'));
  });
});

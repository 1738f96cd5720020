import { describe, expect, it } from '@jest/globals';
import { changedSections, parsedLike } from './settings-draft';

describe('a settings draft', () => {
  it('sends only the sections that changed', () => {
    const stored = { flags: { unassignedDays: 14 }, tutorLoad: { max: 3 } };
    expect(changedSections(stored, { flags: { unassignedDays: 7 }, tutorLoad: { max: 3 } })).toEqual({ flags: { unassignedDays: 7 } });
    expect(changedSections(stored, stored)).toEqual({});
  });

  it('keeps numbers numbers, and leaves text that is no number for the API to refuse', () => {
    expect(parsedLike(14, '21')).toBe(21);
    expect(parsedLike(14, 'ten')).toBe('ten');
    expect(parsedLike('0 2 * * *', '0 3 * * *')).toBe('0 3 * * *');
  });
});

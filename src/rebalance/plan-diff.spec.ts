import { describe, expect, it } from '@jest/globals';
import { changeReasonCode } from './plan-diff.js';

describe('changeReasonCode', () => {
  it('names the reason of each kind of change, with or without the pair terms after it', () => {
    expect(changeReasonCode('assigned: same regency; tutor sells in the SME category; shared language')).toBe('ASSIGNED');
    expect(changeReasonCode('moved, a better pair outweighs the stay bonus: same province; tutor sells in other categories; shared language')).toBe('BETTER_PAIR');
    expect(changeReasonCode('moved, its tutor is no longer active: same regency; tutor sells in the SME category; shared language')).toBe('TUTOR_INACTIVE');
    expect(changeReasonCode('ended: no free tutor fits this SME better than waiting')).toBe('NO_BETTER_FIT');
    expect(changeReasonCode('ended: its tutor is no longer active and no free tutor fits')).toBe('TUTOR_INACTIVE_NO_FIT');
    expect(changeReasonCode('ended: the SME has left the program')).toBe('SME_LEFT');
    expect(changeReasonCode('something else')).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { deriveSegment, SegmentInputs } from './segment.rule.js';

const thresholds = { minDigitalLiteracy: 60, minOnlineStage: 'store_created' as const };
const savvy: SegmentInputs = { internetAccess: 'good', digitalLiteracy: 75, onlineStage: 'products_listed' };

describe('deriveSegment', () => {
  it('calls an online, literate SME with a store digital-savvy', () => {
    expect(deriveSegment(savvy, thresholds)).toBe('digital_savvy');
    expect(deriveSegment({ ...savvy, digitalLiteracy: 60, onlineStage: 'store_created' }, thresholds)).toBe('digital_savvy');
  });

  it.each([
    ['no internet', { internetAccess: 'none' }],
    ['literacy below the threshold', { digitalLiteracy: 59 }],
    ['still offline', { onlineStage: 'offline' }],
  ] as const)('calls an SME traditional with %s', (_why, change) => {
    expect(deriveSegment({ ...savvy, ...change }, thresholds)).toBe('traditional');
  });
});

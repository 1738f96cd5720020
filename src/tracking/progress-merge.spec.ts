import { describe, expect, it } from '@jest/globals';
import type { CourseProgress } from './course-progress.entity.js';
import { mergeProgress } from './progress-merge.js';

const now = new Date('2026-11-22T00:00:00Z');
const earlier = new Date('2026-11-01T00:00:00Z');
const stored = (progressPercent: number, completedAt: Date | null = null) =>
  ({ id: 'p1', smeId: 's1', courseCode: 'DM-101', progressPercent, completedAt, progressedAt: earlier }) as CourseProgress;

describe('mergeProgress', () => {
  it('stores a first report', () => {
    expect(mergeProgress(undefined, { progressPercent: 40, completedAt: null }, now)).toEqual({ progressPercent: 40, completedAt: null, progressedAt: now });
  });

  it('dates a 100% report without a completion time at now', () => {
    expect(mergeProgress(undefined, { progressPercent: 100, completedAt: null }, now)?.completedAt).toEqual(now);
  });

  it('changes nothing when the same report comes again', () => {
    expect(mergeProgress(stored(40), { progressPercent: 40, completedAt: null }, now)).toBeNull();
    expect(mergeProgress(stored(100, earlier), { progressPercent: 100, completedAt: now }, now)).toBeNull();
  });

  it('never moves progress back', () => {
    expect(mergeProgress(stored(80), { progressPercent: 30, completedAt: null }, now)).toBeNull();
  });

  it('moves progress forward and keeps the first completion', () => {
    expect(mergeProgress(stored(40), { progressPercent: 70, completedAt: null }, now)).toMatchObject({ progressPercent: 70, progressedAt: now });
  });
});

import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PROGRAM_SETTINGS } from '../settings/program-settings.js';
import { finishedRequiredCourses, goesOnAlone, GraduationInputs, tallyRequiredCourses } from './graduation.rule.js';

const required = new Set(['DM-101', 'DM-102']);
const row = (courseCode: string, progressPercent: number, completedAt: Date | null = null) => ({ courseCode, progressPercent, completedAt });

describe('tallyRequiredCourses', () => {
  it('counts required courses completed by a completion time or by 100%', () => {
    const progress = [row('DM-101', 100), row('DM-102', 90, new Date('2026-11-01T00:00:00Z')), row('OPT-1', 100)];
    expect(tallyRequiredCourses(required, progress)).toEqual({ total: 2, completed: 2 });
  });

  it('does not count courses in progress', () => {
    expect(tallyRequiredCourses(required, [row('DM-101', 100), row('DM-102', 99)])).toEqual({ total: 2, completed: 1 });
  });
});

describe('finishedRequiredCourses', () => {
  it('needs every required course, and at least one', () => {
    expect(finishedRequiredCourses({ total: 2, completed: 2 })).toBe(true);
    expect(finishedRequiredCourses({ total: 2, completed: 1 })).toBe(false);
    expect(finishedRequiredCourses({ total: 0, completed: 0 })).toBe(false);
  });
});

describe('goesOnAlone', () => {
  const thresholds = DEFAULT_PROGRAM_SETTINGS.graduation;
  const savvy: GraduationInputs = { internetAccess: 'good', digitalLiteracy: 60, onlineStage: 'products_listed', segment: 'traditional', segmentSetByCoordinator: false };

  it('uses the graduation thresholds at their boundary', () => {
    expect(goesOnAlone(savvy, thresholds)).toBe(true);
    expect(goesOnAlone({ ...savvy, digitalLiteracy: 59 }, thresholds)).toBe(false);
    expect(goesOnAlone({ ...savvy, onlineStage: 'store_created' }, thresholds)).toBe(false);
    expect(goesOnAlone({ ...savvy, internetAccess: 'none' }, thresholds)).toBe(false);
  });

  it("follows a coordinator's segment over the thresholds", () => {
    expect(goesOnAlone({ ...savvy, segmentSetByCoordinator: true, segment: 'traditional' }, thresholds)).toBe(false);
    expect(goesOnAlone({ ...savvy, digitalLiteracy: 10, segmentSetByCoordinator: true, segment: 'digital_savvy' }, thresholds)).toBe(true);
  });
});

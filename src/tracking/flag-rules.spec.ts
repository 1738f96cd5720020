import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PROGRAM_SETTINGS } from '../settings/program-settings.js';
import { desiredFlags, FlagRuleSettings, SmeFlagFacts } from './flag-rules.js';

const settings: FlagRuleSettings = {
  flags: DEFAULT_PROGRAM_SETTINGS.flags,
  graduation: DEFAULT_PROGRAM_SETTINGS.graduation,
  timeZone: 'Asia/Jakarta',
};

/** 01:30 in Jakarta on the given day, when the daily sweep runs. */
const sweepOn = (day: string) => new Date(`${day}T01:30:00+07:00`);
const jakarta = (day: string, time = '10:00') => new Date(`${day}T${time}:00+07:00`);

/** A mentored traditional SME, halfway through its courses, with a recent session: no flag. */
const anSme = (overrides: Partial<SmeFlagFacts> = {}): SmeFlagFacts => ({
  status: 'mentoring',
  segment: 'traditional',
  segmentSetByCoordinator: false,
  onlineStage: 'offline',
  digitalLiteracy: 35,
  internetAccess: 'limited',
  requiredCourses: { total: 3, completed: 1 },
  lastProgressAt: jakarta('2026-11-01'),
  assignedSince: jakarta('2026-09-01'),
  lastSessionDate: '2026-11-01',
  lastAssignmentEndedAt: null,
  createdAt: jakarta('2026-08-15'),
  ...overrides,
});

const flagsOn = (day: string, sme: SmeFlagFacts, rules = settings) => desiredFlags(sme, rules, sweepOn(day));
const typesOn = (day: string, sme: SmeFlagFacts, rules = settings) => flagsOn(day, sme, rules).map((flag) => flag.type);

describe('desiredFlags', () => {
  it('wants no flag for an SME that is on track', () => {
    expect(flagsOn('2026-11-11', anSme())).toEqual([]);
  });

  describe('NEEDS_CONTINUED_MENTORING', () => {
    const trained = anSme({ requiredCourses: { total: 3, completed: 3 } });

    it('opens for a traditional SME that finished its required courses, saying why', () => {
      expect(flagsOn('2026-11-11', trained)).toEqual([
        { type: 'NEEDS_CONTINUED_MENTORING', reasons: ['completed 3/3 required courses', 'online stage: offline', 'digital literacy 35'] },
      ]);
    });

    it('waits for the last required course', () => {
      expect(typesOn('2026-11-11', anSme({ requiredCourses: { total: 3, completed: 2 } }))).toEqual([]);
    });

    it('clears once the SME sells online', () => {
      expect(typesOn('2026-11-11', { ...trained, onlineStage: 'first_sale' })).toEqual([]);
    });

    it('judges traditional by the graduation thresholds, not the enrolment segment', () => {
      const listedButUnsure = { ...trained, segment: 'digital_savvy' as const, onlineStage: 'products_listed' as const, digitalLiteracy: 59 };
      expect(typesOn('2026-11-11', listedButUnsure)).toEqual(['NEEDS_CONTINUED_MENTORING']);
      expect(typesOn('2026-11-11', { ...listedButUnsure, digitalLiteracy: 60 })).toEqual([]);
    });

    it('names a missing internet connection', () => {
      const offline = { ...trained, internetAccess: 'none' as const, onlineStage: 'products_listed' as const, digitalLiteracy: 80 };
      expect(flagsOn('2026-11-11', offline)[0].reasons).toContain('no internet access');
    });

    it("respects a coordinator's segment", () => {
      const savvy = { ...trained, onlineStage: 'products_listed' as const, digitalLiteracy: 90, internetAccess: 'good' as const };
      const keptTraditional = flagsOn('2026-11-11', { ...savvy, segmentSetByCoordinator: true, segment: 'traditional' });
      expect(keptTraditional[0].reasons).toContain('segment set to traditional by a coordinator');
      expect(typesOn('2026-11-11', { ...trained, segmentSetByCoordinator: true, segment: 'digital_savvy' })).toEqual([]);
    });

    it('does not count a catalogue without required courses as finished', () => {
      expect(typesOn('2026-11-11', anSme({ requiredCourses: { total: 0, completed: 0 } }))).toEqual([]);
    });
  });

  describe('MENTORING_STALLED', () => {
    const quiet = anSme({ lastSessionDate: '2026-10-12' });

    it('opens on the 30th day after the last session', () => {
      expect(typesOn('2026-11-10', quiet)).toEqual([]);
      expect(flagsOn('2026-11-11', quiet)).toEqual([{ type: 'MENTORING_STALLED', reasons: ['no session logged for 30 days (last 2026-10-12)'] }]);
    });

    it('counts from the assignment when the SME never had a session with its tutor', () => {
      const neverMet = anSme({ assignedSince: jakarta('2026-10-12'), lastSessionDate: '2026-09-20' });
      expect(typesOn('2026-11-10', neverMet)).toEqual([]);
      expect(flagsOn('2026-11-11', neverMet)[0].reasons).toEqual(['no session logged for 30 days (assigned 2026-10-12)']);
    });

    it("counts calendar days in the program's time zone", () => {
      // 01:00 on 12 October in Jakarta is still 11 October in UTC.
      const assignedAfterMidnight = anSme({ assignedSince: new Date('2026-10-11T18:00:00Z'), lastSessionDate: null });
      expect(typesOn('2026-11-10', assignedAfterMidnight)).toEqual([]);
      expect(typesOn('2026-11-11', assignedAfterMidnight)).toEqual(['MENTORING_STALLED']);
    });

    it('clears with a new session, and never applies without a tutor', () => {
      expect(typesOn('2026-11-11', { ...quiet, lastSessionDate: '2026-11-11' })).toEqual([]);
      expect(typesOn('2026-11-11', { ...quiet, assignedSince: null, lastAssignmentEndedAt: jakarta('2026-11-05') })).toEqual([]);
    });

    it('follows the setting', () => {
      const rules = { ...settings, flags: { ...settings.flags, mentoringStalledDays: 10 } };
      expect(typesOn('2026-10-21', quiet, rules)).toEqual([]);
      expect(typesOn('2026-10-22', quiet, rules)).toEqual(['MENTORING_STALLED']);
    });
  });

  describe('TRAINING_STALLED', () => {
    const stuck = anSme({ lastProgressAt: jakarta('2026-10-12', '23:30') });

    it('opens on the 30th day without course progress, with the tally', () => {
      expect(typesOn('2026-11-10', stuck)).toEqual([]);
      expect(flagsOn('2026-11-11', stuck)).toEqual([
        { type: 'TRAINING_STALLED', reasons: ['no course progress for 30 days (last 2026-10-12)', 'completed 1/3 required courses'] },
      ]);
    });

    it('counts from enrolment when there was no progress yet', () => {
      const idle = anSme({ lastProgressAt: null, createdAt: jakarta('2026-10-12'), requiredCourses: { total: 3, completed: 0 } });
      expect(typesOn('2026-11-10', idle)).toEqual([]);
      expect(flagsOn('2026-11-11', idle)[0].reasons[0]).toBe('no course progress for 30 days (enrolled 2026-10-12)');
    });

    it('clears with progress, and never applies once the required courses are done', () => {
      expect(typesOn('2026-11-11', { ...stuck, lastProgressAt: jakarta('2026-11-11', '01:00') })).toEqual([]);
      expect(typesOn('2027-03-01', { ...stuck, requiredCourses: { total: 3, completed: 3 }, onlineStage: 'first_sale' })).not.toContain('TRAINING_STALLED');
    });
  });

  describe('UNASSIGNED', () => {
    const left = anSme({ status: 'enrolled', assignedSince: null, lastAssignmentEndedAt: jakarta('2026-10-28') });

    it('opens on the 14th day without a tutor since the last assignment ended', () => {
      expect(typesOn('2026-11-10', left)).toEqual([]);
      expect(flagsOn('2026-11-11', left)).toEqual([{ type: 'UNASSIGNED', reasons: ['no tutor for 14 days (last assignment ended 2026-10-28)'] }]);
    });

    it('counts from enrolment for an SME that never had a tutor', () => {
      const waiting = anSme({ status: 'enrolled', assignedSince: null, lastSessionDate: null, createdAt: jakarta('2026-10-28') });
      expect(typesOn('2026-11-10', waiting)).toEqual([]);
      expect(flagsOn('2026-11-11', waiting)[0].reasons).toEqual(['no tutor for 14 days (enrolled 2026-10-28)']);
    });

    it('clears when a tutor is assigned', () => {
      expect(typesOn('2026-11-11', { ...left, assignedSince: jakarta('2026-11-11', '01:00') })).toEqual([]);
    });
  });

  it('wants no flag at all for graduated or withdrawn SMEs', () => {
    const troubled = anSme({ assignedSince: null, lastProgressAt: null, requiredCourses: { total: 3, completed: 3 }, createdAt: jakarta('2026-01-01') });
    expect(typesOn('2026-11-11', troubled)).toEqual(['NEEDS_CONTINUED_MENTORING', 'UNASSIGNED']);
    expect(flagsOn('2026-11-11', { ...troubled, status: 'graduated' })).toEqual([]);
    expect(flagsOn('2026-11-11', { ...troubled, status: 'withdrawn' })).toEqual([]);
  });
});

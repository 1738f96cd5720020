import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { Assignment } from '../assignments/assignment.entity.js';
import type { AssignmentRepository } from '../assignments/assignment.repository.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import type { UnitOfWork } from '../database/unit-of-work.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../settings/program-settings.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { Tutor } from '../tutors/tutor.entity.js';
import type { TutorRepository } from '../tutors/tutor.repository.js';
import type { MentoringSession } from './mentoring-session.entity.js';
import type { SessionRepository } from './session.repository.js';
import { SessionsService } from './sessions.service.js';

const tutorA: AuthUser = { accountId: 'acc-a', role: 'tutor', tutorId: 'tutor-a', smeId: null, tokenVersion: 0 };
const session = { smeId: 'sme-x', date: '2026-11-20', durationMinutes: 60, mode: 'online' as const, topics: ['pricing' as const] };
/** Late evening in UTC is already the next morning in Jakarta, the program's time zone. */
const NOW = new Date('2026-11-30T18:30:00Z');
/** The pair began on 2026-11-02 in Jakarta (01:00 there). */
const STARTED = new Date('2026-11-01T18:00:00Z');

function build(activeTutorOfSme: Record<string, string>) {
  const stored: Partial<MentoringSession>[] = [];
  const assignments = {
    findActiveBySme: async (smeId: string) => (activeTutorOfSme[smeId] ? ({ smeId, tutorId: activeTutorOfSme[smeId], startedAt: STARTED } as Assignment) : null),
  } as unknown as AssignmentRepository;
  const tutors = { findById: async (id: string) => ({ id, modes: ['online'] }) as Tutor } as unknown as TutorRepository;
  const sessions = {
    insert: async (_manager: EntityManager, row: Partial<MentoringSession>) => {
      stored.push(row);
      return row as MentoringSession;
    },
  } as unknown as SessionRepository;
  const settings = { current: async () => DEFAULT_PROGRAM_SETTINGS } as unknown as SettingsService;
  const unitOfWork = { run: (work: (manager: EntityManager) => Promise<unknown>) => work({} as EntityManager) } as unknown as UnitOfWork;
  const clock = { now: () => NOW } as Clock;
  return { sut: new SessionsService(sessions, assignments, tutors, settings, unitOfWork, clock), stored };
}

describe('SessionsService.log: a tutor logs sessions only for an SME it mentors now', () => {
  it('stores the session of the current mentor, under that mentor', async () => {
    const { sut, stored } = build({ 'sme-x': 'tutor-a' });
    await sut.log(session, tutorA);
    expect(stored).toEqual([expect.objectContaining({ smeId: 'sme-x', tutorId: 'tutor-a', notes: null, nextSteps: null })]);
  });

  it.each([
    ['another tutor mentors the SME', { 'sme-x': 'tutor-b' }],
    ['nobody mentors the SME', {}],
  ])('answers "not found" when %s, storing nothing', async (_why, mentors) => {
    const { sut, stored } = build(mentors);
    await expect(sut.log(session, tutorA)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(sut.log(session, tutorA)).rejects.toBeInstanceOf(DomainError);
    expect(stored).toEqual([]);
  });
});

describe('SessionsService.log: a session lies on the program calendar of its pair, in a mode the tutor offers', () => {
  it.each([
    ['the first day of the pair, in Jakarta', '2026-11-02'],
    ['today in Jakarta, though UTC is still on the day before', '2026-12-01'],
  ])('accepts %s', async (_what, date) => {
    const { sut, stored } = build({ 'sme-x': 'tutor-a' });
    await sut.log({ ...session, date }, tutorA);
    expect(stored).toHaveLength(1);
  });

  it.each([
    ['a day before the pair began', { date: '2026-11-01' }, 'SESSION_BEFORE_ASSIGNMENT'],
    ['tomorrow in Jakarta', { date: '2026-12-02' }, 'VALIDATION_FAILED'],
    ['a mode the tutor does not offer', { mode: 'in_person' as const }, 'MODE_NOT_OFFERED'],
  ])('refuses %s, storing nothing', async (_what, change, code) => {
    const { sut, stored } = build({ 'sme-x': 'tutor-a' });
    await expect(sut.log({ ...session, ...change }, tutorA)).rejects.toMatchObject({ code });
    expect(stored).toEqual([]);
  });
});

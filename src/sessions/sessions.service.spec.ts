import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { Assignment } from '../assignments/assignment.entity.js';
import type { AssignmentRepository } from '../assignments/assignment.repository.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError } from '../common/domain-error.js';
import type { UnitOfWork } from '../database/unit-of-work.js';
import type { MentoringSession } from './mentoring-session.entity.js';
import type { SessionRepository } from './session.repository.js';
import { SessionsService } from './sessions.service.js';

const tutorA: AuthUser = { accountId: 'acc-a', role: 'tutor', tutorId: 'tutor-a', smeId: null };
const session = { smeId: 'sme-x', date: '2026-11-01', durationMinutes: 60, mode: 'online' as const, topics: ['pricing' as const] };

function build(activeTutorOfSme: Record<string, string>) {
  const stored: Partial<MentoringSession>[] = [];
  const assignments = {
    findActiveBySme: async (smeId: string) => (activeTutorOfSme[smeId] ? ({ smeId, tutorId: activeTutorOfSme[smeId] } as Assignment) : null),
  } as unknown as AssignmentRepository;
  const sessions = {
    insert: async (_manager: EntityManager, row: Partial<MentoringSession>) => {
      stored.push(row);
      return row as MentoringSession;
    },
  } as unknown as SessionRepository;
  const unitOfWork = { run: (work: (manager: EntityManager) => Promise<unknown>) => work({} as EntityManager) } as unknown as UnitOfWork;
  return { sut: new SessionsService(sessions, assignments, unitOfWork), stored };
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

import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import type { AuthUser } from '../auth/auth-user.js';
import { linkedTutorId, ownRecord } from '../auth/linked-record.js';
import { notFound } from '../common/domain-error.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { MentoringSession } from './mentoring-session.entity.js';
import { CreateSessionDto, SessionListQueryDto } from './session.dto.js';
import { SessionRepository } from './session.repository.js';

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly assignments: AssignmentRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** A tutor logs sessions only for an SME it mentors now; any other SME is "not found" to it. */
  log(dto: CreateSessionDto, tutor: AuthUser): Promise<MentoringSession> {
    const tutorId = linkedTutorId(tutor);
    return this.unitOfWork.run(async (manager) => {
      const assignment = await this.assignments.findActiveBySme(dto.smeId, manager);
      if (!assignment || assignment.tutorId !== tutorId) throw notFound('SME', dto.smeId);
      return this.sessions.insert(manager, { ...dto, tutorId: assignment.tutorId, notes: dto.notes ?? null, nextSteps: dto.nextSteps ?? null });
    });
  }

  list(query: SessionListQueryDto): Promise<Page<MentoringSession>> {
    return this.sessions.list(query);
  }

  /** Sessions the tutor logged, or that were logged for the SME. */
  mine(user: AuthUser, page: PageQueryDto): Promise<Page<MentoringSession>> {
    return this.sessions.list({ ...page, ...ownRecord(user) });
  }
}

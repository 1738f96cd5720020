import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import type { AuthUser } from '../auth/auth-user.js';
import { linkedTutorId, ownRecord } from '../auth/linked-record.js';
import { calendarDayIn } from '../common/calendar-day.js';
import { Clock } from '../common/clock.js';
import { DomainError, notFound, validationFailed } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { SettingsService } from '../settings/settings.service.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import { MentoringSession } from './mentoring-session.entity.js';
import { CreateSessionDto, SessionListQueryDto } from './session.dto.js';
import { SessionRepository } from './session.repository.js';

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly assignments: AssignmentRepository,
    private readonly tutors: TutorRepository,
    private readonly settings: SettingsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * A tutor logs sessions only for an SME it mentors now (any other SME is "not found" to it), in
   * a mode it offers, on a day of the program's calendar from the pair's first day up to today.
   */
  async log(dto: CreateSessionDto, tutor: AuthUser): Promise<MentoringSession> {
    const tutorId = linkedTutorId(tutor);
    const { timeZone } = (await this.settings.current()).schedule;
    const today = calendarDayIn(timeZone, this.clock.now());
    if (dto.date > today) throw validationFailed([{ field: 'date', constraints: [`date must not be after today (${today} in ${timeZone})`] }]);
    return this.unitOfWork.run(async (manager) => {
      const assignment = await this.assignments.findActiveBySme(dto.smeId, manager);
      if (!assignment || assignment.tutorId !== tutorId) throw notFound('SME', dto.smeId);
      const record = await this.tutors.findById(assignment.tutorId, manager);
      if (!record?.modes.includes(dto.mode)) throw new DomainError(ErrorCode.ModeNotOffered, `This tutor offers ${record?.modes.join(' and ') ?? 'no mode'}, not ${dto.mode}`);
      const firstDay = calendarDayIn(timeZone, assignment.startedAt);
      if (dto.date < firstDay) throw new DomainError(ErrorCode.SessionBeforeAssignment, `The pair began on ${firstDay}; a session cannot be dated before that`);
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

import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import type { AuthUser } from '../auth/auth-user.js';
import { linkedTutorId } from '../auth/linked-record.js';
import { Page } from '../common/pagination.js';
import { CourseProgress } from '../tracking/course-progress.entity.js';
import { CourseRepository } from '../tracking/course.repository.js';
import { Flag } from '../tracking/flag.entity.js';
import { FlagRepository } from '../tracking/flag.repository.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { Sme } from '../smes/sme.entity.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { RegionNames, withRegionNames } from '../regions/region-names.js';

export type MentoredSme = Sme & RegionNames & { assignedSince: Date; courseProgress: CourseProgress[]; openFlags: Flag[]; lastSessionDate: string | null };

/** What a tutor sees: only the SMEs it mentors now. */
@Injectable()
export class TutorPortalService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly smes: SmeRepository,
    private readonly courses: CourseRepository,
    private readonly flags: FlagRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async mySmes(tutor: AuthUser): Promise<Page<MentoredSme>> {
    const active = await this.assignments.findActiveByTutor(linkedTutorId(tutor));
    const ids = active.map((a) => a.smeId);
    const [smes, progress, flags, lastDates] = await Promise.all([
      this.smes.findByIds(ids),
      this.courses.progressOfSmes(ids),
      this.flags.unresolvedOfSmes(ids),
      this.sessions.lastDatesOf(ids),
    ]);
    const items = active.flatMap((assignment) => {
      const sme = smes.find((s) => s.id === assignment.smeId);
      if (!sme) return [];
      return [withRegionNames({
        ...sme,
        assignedSince: assignment.startedAt,
        courseProgress: progress.filter((p) => p.smeId === sme.id),
        openFlags: flags.filter((f) => f.smeId === sme.id),
        lastSessionDate: lastDates.get(sme.id) ?? null,
      })];
    });
    return { items, nextCursor: null };
  }
}

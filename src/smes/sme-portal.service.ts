import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user.js';
import { linkedSmeId } from '../auth/linked-record.js';
import { CourseRepository } from '../tracking/course.repository.js';
import { withRegionNames } from '../regions/region-names.js';
import { staleToken } from '../auth/stale-token.js';
import { SmePortalRepository } from './sme-portal.repository.js';
import type { SmeStatus } from './sme-vocabulary.js';
import type { CourseStatusView, MentorView, MyCoursesView } from './sme-portal.response.js';

/** What an SME sees: its own mentor and its own courses, nothing of others. */
@Injectable()
export class SmePortalService {
  constructor(
    private readonly portal: SmePortalRepository,
    private readonly courses: CourseRepository,
  ) {}

  async myMentor(user: AuthUser): Promise<MentorView> {
    const reading = await this.portal.mentorFor({ accountId: user.accountId, tokenVersion: user.tokenVersion, smeId: linkedSmeId(user) });
    if (!reading) throw staleToken();
    return reading.mentor ? { mentor: withRegionNames(reading.mentor) } : { mentor: null, reason: noMentorReason(reading.smeStatus) };
  }

  async myCourses(user: AuthUser): Promise<MyCoursesView> {
    const [catalogue, progress] = await Promise.all([this.courses.findAll(), this.courses.progressOfSme(linkedSmeId(user))]);
    const items = catalogue.map((course): CourseStatusView => {
      const own = progress.find((p) => p.courseCode === course.code);
      return { code: course.code, title: course.title, required: course.required, progressPercent: own?.progressPercent ?? 0, completedAt: own?.completedAt ?? null };
    });
    const required = items.filter((c) => c.required);
    return { items, nextCursor: null, requiredCompleted: required.filter((c) => c.progressPercent === 100).length, requiredTotal: required.length };
  }
}

function noMentorReason(status: SmeStatus | null): string {
  if (status === 'graduated') return 'You have graduated from the program and no longer need a mentor.';
  if (status === 'withdrawn') return 'You have withdrawn from the program.';
  return 'No mentor is assigned yet; the program coordinator will match you with one soon.';
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { CourseRepository } from './course.repository.js';
import { tallyRequiredCourses } from './graduation.rule.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { SmeRepository } from '../smes/sme.repository.js';
import type { SmeFlagFacts } from './flag-rules.js';

export type SmeFacts = SmeFlagFacts & { smeId: string };

const latest = (dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);

/** The facts of a page of SMEs, read in a handful of grouped queries inside the caller's transaction. */
@Injectable()
export class SmeFactsLoader {
  constructor(
    private readonly smes: SmeRepository,
    private readonly courses: CourseRepository,
    private readonly assignments: AssignmentRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async load(manager: EntityManager, smeIds: string[]): Promise<SmeFacts[]> {
    const smes = await this.smes.findByIds(smeIds, manager);
    const ids = smes.map((sme) => sme.id);
    const required = new Set(await this.courses.requiredCodes(manager));
    const progress = groupBySme(await this.courses.progressOfSmes(ids, manager));
    const history = groupBySme(await this.assignments.historyOfSmes(ids, manager));
    const lastSessions = await this.sessions.lastDatesOf(ids, manager);
    return smes.map((sme) => {
      const ownProgress = progress.get(sme.id) ?? [];
      const assignments = history.get(sme.id) ?? [];
      return {
        smeId: sme.id,
        status: sme.status,
        segment: sme.segment,
        segmentSetByCoordinator: sme.segmentSetByCoordinator,
        onlineStage: sme.onlineStage,
        digitalLiteracy: sme.digitalLiteracy,
        internetAccess: sme.internetAccess,
        requiredCourses: tallyRequiredCourses(required, ownProgress),
        lastProgressAt: latest(ownProgress.map((p) => p.progressedAt)),
        assignedSince: assignments.find((a) => a.endedAt === null)?.startedAt ?? null,
        lastSessionDate: lastSessions.get(sme.id) ?? null,
        lastAssignmentEndedAt: latest(assignments.map((a) => a.endedAt)),
        createdAt: sme.createdAt,
      };
    });
  }
}

function groupBySme<T extends { smeId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.smeId);
    if (group) group.push(row);
    else groups.set(row.smeId, [row]);
  }
  return groups;
}

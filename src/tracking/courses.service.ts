import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Clock } from '../common/clock.js';
import { DomainError, validationFailed } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { ProgramEvents } from '../common/program-events.js';
import { UnitOfWork, violatedUniqueIndex } from '../database/unit-of-work.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { Course } from './course.entity.js';
import { CourseProgressItemDto, CreateCourseDto } from './course.dto.js';
import { CourseRepository } from './course.repository.js';
import { mergeProgress, StoredProgress } from './progress-merge.js';

export const MAX_PROGRESS_ROWS = 10_000;

export interface ProgressResult {
  accepted: number;
  rejected: { index: number; code: string }[];
}

@Injectable()
export class CoursesService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly smes: SmeRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly events: ProgramEvents,
  ) {}

  async create(dto: CreateCourseDto): Promise<Course> {
    try {
      return await this.unitOfWork.run((manager) => this.courses.insert(manager, dto));
    } catch (error) {
      if (violatedUniqueIndex(error) !== null) throw new DomainError(ErrorCode.CourseCodeTaken, `Course ${dto.code} exists`);
      throw error;
    }
  }

  list(page: PageQueryDto): Promise<Page<Course>> {
    return this.courses.list(page);
  }

  /** Bulk progress: bad rows are named and skipped, good rows are stored together, repeats change nothing. */
  async recordProgress(body: unknown): Promise<ProgressResult> {
    if (!Array.isArray(body)) throw validationFailed([{ field: 'body', constraints: ['body must be an array of progress rows'] }]);
    if (body.length > MAX_PROGRESS_ROWS) throw validationFailed([{ field: 'body', constraints: [`at most ${MAX_PROGRESS_ROWS} rows`] }]);
    // class-validator throws on null; as an empty row it is rejected like any other bad row.
    const rows = body.map((row) => plainToInstance(CourseProgressItemDto, (row ?? {}) as object));
    const rejected: ProgressResult['rejected'] = [];
    const valid = await this.knownRows(rows, rejected);
    await this.unitOfWork.run(async (manager) => {
      // Batches for the same SMEs take turns, so each merges into what the one before it stored.
      const lockedSmes = await this.smes.lockByIds(manager, valid.map((r) => r.smeId));
      const stored = await this.courses.progressOfSmes(lockedSmes.map((s) => s.id), manager);
      const byKey = new Map<string, StoredProgress>(stored.map((p) => [`${p.smeId}|${p.courseCode}`, p]));
      const changed = new Map<string, StoredProgress>();
      const now = this.clock.now();
      for (const row of valid) {
        const key = `${row.smeId}|${row.courseCode}`;
        const merged = mergeProgress(byKey.get(key), { progressPercent: row.progressPercent, completedAt: row.completedAt ? new Date(row.completedAt) : null }, now);
        if (!merged) continue;
        // A row repeated in the batch merges into the one before it: one stored row per SME and course.
        const next = { ...merged, smeId: row.smeId, courseCode: row.courseCode };
        byKey.set(key, next);
        changed.set(key, next);
      }
      await this.courses.saveProgress(manager, [...changed.values()]);
      const changedSmes = [...new Set([...changed.values()].map((c) => c.smeId!))];
      if (changedSmes.length > 0) await this.events.publish(manager, { type: 'course-progress.recorded', smeIds: changedSmes });
    });
    return { accepted: valid.length, rejected };
  }

  private async knownRows(rows: CourseProgressItemDto[], rejected: ProgressResult['rejected']): Promise<CourseProgressItemDto[]> {
    const wellFormed = rows
      .map((row, index) => ({ row, index }))
      .filter(({ row, index }) => {
        const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true });
        if (errors.length > 0) rejected.push({ index, code: ErrorCode.ValidationFailed });
        return errors.length === 0;
      });
    const knownSmes = new Set((await this.smes.findByIds([...new Set(wellFormed.map(({ row }) => row.smeId))])).map((s) => s.id));
    const knownCourses = new Set((await this.courses.findAll()).map((c) => c.code));
    const known = wellFormed.filter(({ row, index }) => {
      const code = !knownSmes.has(row.smeId) ? 'SME_NOT_FOUND' : !knownCourses.has(row.courseCode) ? 'COURSE_NOT_FOUND' : null;
      if (code) rejected.push({ index, code });
      return code === null;
    });
    rejected.sort((a, b) => a.index - b.index);
    return known.map(({ row }) => row);
  }
}

import { Clock } from '../common/clock.js';
import { nextOptIn } from '../notifications/whatsapp-opt-in.js';
import { Injectable } from '@nestjs/common';
import { Assignment } from '../assignments/assignment.entity.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { AssignmentsService } from '../assignments/assignments.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { notFound } from '../common/domain-error.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { ProgramEvents } from '../common/program-events.js';
import { withoutUndefined } from '../common/without-undefined.js';
import { CourseProgress } from '../tracking/course-progress.entity.js';
import { CourseRepository } from '../tracking/course.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { Flag } from '../tracking/flag.entity.js';
import { FlagRepository } from '../tracking/flag.repository.js';
import { officialRegions } from '../regions/region-catalogue.js';
import { withRegionNames } from '../regions/region-names.js';
import { SettingsService } from '../settings/settings.service.js';
import { deriveSegment } from './segment.rule.js';
import { newSme } from './sme-factory.js';
import { CreateSmeDto, SmeListQueryDto, UpdateSmeDto } from './sme.dto.js';
import { SmeRepository, SmeWithTutor } from './sme.repository.js';

export type SmeDetails = SmeWithTutor & { courseProgress: CourseProgress[]; openFlags: Flag[] };

@Injectable()
export class SmesService {
  constructor(
    private readonly smes: SmeRepository,
    private readonly assignments: AssignmentRepository,
    private readonly assignmentsService: AssignmentsService,
    private readonly courses: CourseRepository,
    private readonly flags: FlagRepository,
    private readonly settings: SettingsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: ProgramEvents,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateSmeDto): Promise<SmeWithTutor> {
    const record = newSme(dto, await this.settings.current());
    const sme = await this.unitOfWork.run(async (manager) => {
      const inserted = await this.smes.insert(manager, record);
      await this.events.publish(manager, { type: 'sme.enrolled', smeId: inserted.id });
      return inserted;
    });
    return withRegionNames(Object.assign(sme, { currentTutorId: null }));
  }

  async get(id: string): Promise<SmeDetails> {
    const sme = await this.smes.findWithTutor(id);
    if (!sme) throw notFound('SME', id);
    const [courseProgress, openFlags] = await Promise.all([this.courses.progressOfSme(id), this.flags.unresolvedOfSmes([id])]);
    return { ...sme, courseProgress, openFlags };
  }

  list(query: SmeListQueryDto): Promise<Page<SmeWithTutor>> {
    return this.smes.list(query);
  }

  async history(id: string, page: PageQueryDto): Promise<Page<Assignment>> {
    if (!(await this.smes.findById(id))) throw notFound('SME', id);
    return this.assignments.list({ ...page, smeId: id });
  }

  /** A graduated or withdrawn SME leaves its tutor (ending reason = the new status). */
  async update(id: string, dto: UpdateSmeDto, by: AuthUser): Promise<SmeDetails> {
    const settings = await this.settings.current();
    const { whatsappOptIn, ...fields } = dto;
    const change = withoutUndefined(fields);
    await this.unitOfWork.run(async (manager) => {
      const sme = await this.smes.lockById(manager, id);
      if (!sme) throw notFound('SME', id);
      const previous = sme.status;
      Object.assign(sme, change);
      if (whatsappOptIn !== undefined) sme.whatsappOptIn = nextOptIn(whatsappOptIn, sme.whatsappOptIn, 'coordinator', by.accountId, this.clock.now());
      if (change.regencyCode) sme.provinceCode = officialRegions().provinceOf(change.regencyCode) ?? sme.provinceCode;
      if (change.segment) sme.segmentSetByCoordinator = true;
      if (!sme.segmentSetByCoordinator) sme.segment = deriveSegment(sme, settings.segmentation);
      await this.smes.save(manager, sme);
      if ((sme.status === 'graduated' || sme.status === 'withdrawn') && sme.status !== previous) {
        await this.assignmentsService.endActive(manager, { smeId: id }, sme.status, by.accountId);
        await this.events.publish(manager, { type: 'sme.left', smeId: id, status: sme.status });
      }
    });
    return this.get(id);
  }
}

import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { AssignmentsService } from '../assignments/assignments.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { Page } from '../common/pagination.js';
import { ProgramEvents } from '../common/program-events.js';
import { withoutUndefined } from '../common/without-undefined.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { officialRegions } from '../regions/region-catalogue.js';
import { Tutor } from './tutor.entity.js';
import { CreateTutorDto, TutorListQueryDto, UpdateTutorDto } from './tutor.dto.js';
import { TutorRepository, TutorWithLoad } from './tutor.repository.js';

export const DEFAULT_MAX_SMES = 3;

/** A tutor record from create fields, with the derived province and the defaults. */
export function newTutor(dto: CreateTutorDto): Partial<Tutor> {
  return {
    ...dto,
    email: dto.email ?? null,
    provinceCode: officialRegions().provinceOf(dto.regencyCode),
    maxSmes: dto.maxSmes ?? DEFAULT_MAX_SMES,
    status: dto.status ?? 'active',
  };
}

@Injectable()
export class TutorsService {
  constructor(
    private readonly tutors: TutorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly assignmentsService: AssignmentsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: ProgramEvents,
  ) {}

  async create(dto: CreateTutorDto): Promise<TutorWithLoad> {
    const tutor = await this.unitOfWork.run((manager) => this.tutors.insert(manager, newTutor(dto)));
    return Object.assign(tutor, { load: 0 });
  }

  async get(id: string): Promise<TutorWithLoad> {
    const tutor = await this.tutors.findWithLoad(id);
    if (!tutor) throw notFound('Tutor', id);
    return tutor;
  }

  list(query: TutorListQueryDto): Promise<Page<TutorWithLoad>> {
    return this.tutors.list(query);
  }

  /** Deactivating ends the tutor's pairs (reason tutor_inactive); the next rebalance seats those SMEs. */
  async update(id: string, dto: UpdateTutorDto, by: AuthUser): Promise<TutorWithLoad> {
    await this.unitOfWork.run(async (manager) => {
      const tutor = await this.tutors.lockById(manager, id);
      if (!tutor) throw notFound('Tutor', id);
      const previousStatus = tutor.status;
      const load = (await this.assignments.findActiveByTutor(id, manager)).length;
      if (dto.maxSmes !== undefined && dto.maxSmes < load) {
        throw new DomainError(ErrorCode.MaxSmesBelowLoad, `Tutor has ${load} SMEs, more than maxSmes ${dto.maxSmes}: end an assignment first`);
      }
      const provinceCode = dto.regencyCode ? officialRegions().provinceOf(dto.regencyCode) : tutor.provinceCode;
      await this.tutors.save(manager, Object.assign(tutor, withoutUndefined(dto), { provinceCode }));
      if (dto.status === 'inactive' && previousStatus !== 'inactive') {
        await this.assignmentsService.endActive(manager, { tutorId: id }, 'tutor_inactive', by.accountId);
      }
      if ((dto.status === 'inactive' || dto.status === 'paused') && dto.status !== previousStatus) {
        await this.events.publish(manager, { type: 'tutor.unavailable', tutorId: id, status: dto.status });
      }
    });
    return this.get(id);
  }
}

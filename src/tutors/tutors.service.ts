import { Clock } from '../common/clock.js';
import { nextOptIn } from '../notifications/whatsapp-opt-in.js';
import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { AssignmentsService } from '../assignments/assignments.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError, notFound, validationFailed } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { Page } from '../common/pagination.js';
import { ProgramEvents } from '../common/program-events.js';
import { withoutUndefined } from '../common/without-undefined.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { officialRegions } from '../regions/region-catalogue.js';
import type { ProgramSettings } from '../settings/program-settings.js';
import { SettingsService } from '../settings/settings.service.js';
import { withRegionNames } from '../regions/region-names.js';
import { Tutor } from './tutor.entity.js';
import { CreateTutorDto, TutorListQueryDto, UpdateTutorDto } from './tutor.dto.js';
import { TutorRepository, TutorWithLoad } from './tutor.repository.js';

/** A tutor record from create fields, with the derived province and the defaults (as many SMEs as the program allows). */
export function newTutor(dto: CreateTutorDto, tutorLoad: ProgramSettings['tutorLoad']): Partial<Tutor> {
  return {
    ...dto,
    email: dto.email ?? null,
    provinceCode: officialRegions().provinceOf(dto.regencyCode),
    maxSmes: dto.maxSmes ?? tutorLoad.max,
    status: dto.status ?? 'active',
  };
}

/** A tutor takes at most the program's `tutorLoad.max` SMEs. */
export const maxSmesAboveProgram = (maxSmes: number | undefined, tutorLoad: ProgramSettings['tutorLoad']): boolean =>
  maxSmes !== undefined && maxSmes > tutorLoad.max;

const aboveProgramMax = (tutorLoad: ProgramSettings['tutorLoad']) =>
  validationFailed([{ field: 'maxSmes', constraints: [`maxSmes must not exceed the program's tutorLoad.max (${tutorLoad.max})`] }]);

@Injectable()
export class TutorsService {
  constructor(
    private readonly tutors: TutorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly assignmentsService: AssignmentsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: ProgramEvents,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateTutorDto): Promise<TutorWithLoad> {
    const { tutorLoad } = await this.settings.current();
    if (maxSmesAboveProgram(dto.maxSmes, tutorLoad)) throw aboveProgramMax(tutorLoad);
    const tutor = await this.unitOfWork.run((manager) => this.tutors.insert(manager, newTutor(dto, tutorLoad)));
    return withRegionNames(Object.assign(tutor, { load: 0 }));
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
    const { tutorLoad } = await this.settings.current();
    if (maxSmesAboveProgram(dto.maxSmes, tutorLoad)) throw aboveProgramMax(tutorLoad);
    await this.unitOfWork.run(async (manager) => {
      const tutor = await this.tutors.lockById(manager, id);
      if (!tutor) throw notFound('Tutor', id);
      const previousStatus = tutor.status;
      const load = (await this.assignments.findActiveByTutor(id, manager)).length;
      if (dto.maxSmes !== undefined && dto.maxSmes < load) {
        throw new DomainError(ErrorCode.MaxSmesBelowLoad, `Tutor has ${load} SMEs, more than maxSmes ${dto.maxSmes}: end an assignment first`);
      }
      const provinceCode = dto.regencyCode ? officialRegions().provinceOf(dto.regencyCode) : tutor.provinceCode;
      const { whatsappOptIn, ...changes } = dto;
      const optIn = whatsappOptIn === undefined ? {} : { whatsappOptIn: nextOptIn(whatsappOptIn, tutor.whatsappOptIn, 'coordinator', by.accountId, this.clock.now()) };
      await this.tutors.save(manager, Object.assign(tutor, withoutUndefined(changes), { provinceCode }, optIn));
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

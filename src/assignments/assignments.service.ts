import { Notifier } from '../notifications/notifier.service.js';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { Clock } from '../common/clock.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { Page } from '../common/pagination.js';
import { UnitOfWork, violatedUniqueIndex } from '../database/unit-of-work.js';
import { isActiveSmeStatus } from '../smes/sme-vocabulary.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import { Assignment, EndReason } from './assignment.entity.js';
import { AssignmentFilter, AssignmentRepository } from './assignment.repository.js';
import { CreateAssignmentDto } from './assignment.dto.js';
import { explainPair } from './pair-explanation.js';

@Injectable()
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly tutors: TutorRepository,
    private readonly smes: SmeRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Seats an SME with a tutor. Tutor and SME rows are locked (PostgreSQL) or the transaction is
   * queued (SQLite) before the checks, and the partial unique indexes back them up, so no race
   * gives a tutor more than maxSmes or an SME two tutors.
   */
  create(dto: CreateAssignmentDto, by: AuthUser): Promise<Assignment> {
    return this.unitOfWork.run(async (manager) => {
      const tutor = await this.tutors.lockById(manager, dto.tutorId);
      if (!tutor) throw notFound('Tutor', dto.tutorId);
      const sme = await this.smes.lockById(manager, dto.smeId);
      if (!sme) throw notFound('SME', dto.smeId);
      if (tutor.status !== 'active') throw new DomainError(ErrorCode.NotAssignable, `Tutor is ${tutor.status}`);
      if (!isActiveSmeStatus(sme.status)) throw new DomainError(ErrorCode.NotAssignable, `SME is ${sme.status}`);
      if (await this.assignments.findActiveBySme(sme.id, manager)) throw smeAlreadyAssigned();
      const slot = await this.assignments.freeSlotOfTutor(manager, tutor.id, tutor.maxSmes);
      if (slot === null) throw tutorAtCapacity(tutor.maxSmes);
      const assignment = await this.insertGuarded(manager, {
        tutorId: tutor.id,
        smeId: sme.id,
        slot,
        pinned: dto.pinned ?? true,
        startedAt: this.clock.now(),
        startReason: 'manual',
        startedBy: by.accountId,
        explanation: explainPair(tutor, sme, false),
      });
      if (sme.status === 'enrolled') await this.smes.save(manager, Object.assign(sme, { status: 'mentoring' }));
      await this.notifier.pairsStarted(manager, [assignment]);
      return assignment;
    });
  }

  /** Pins or unpins an active pair; an ended one is history and stays as it was. */
  setPinned(id: string, pinned: boolean): Promise<Assignment> {
    return this.unitOfWork.run(async (manager) => {
      const assignment = await this.assignments.findById(id, manager);
      if (!assignment) throw notFound('Assignment', id);
      if (assignment.endedAt) throw new DomainError(ErrorCode.AssignmentEnded, 'Assignment has ended; only an active pair can be pinned or unpinned');
      return this.assignments.save(manager, Object.assign(assignment, { pinned }));
    });
  }

  end(id: string, reason: Exclude<EndReason, 'rebalance'>, by: AuthUser): Promise<Assignment> {
    return this.unitOfWork.run(async (manager) => {
      const assignment = await this.assignments.findById(id, manager);
      if (!assignment) throw notFound('Assignment', id);
      if (assignment.endedAt) throw new DomainError(ErrorCode.AssignmentEnded, 'Assignment has already ended');
      const ended = await this.assignments.end(manager, assignment, { reason, endedBy: by.accountId, at: this.clock.now() });
      await this.smes.markEnrolled(manager, [assignment.smeId]);
      if (reason !== 'graduated') await this.notifier.pairsEnded(manager, [ended]);
      return ended;
    });
  }

  /** Ends whatever active pairs a tutor or SME holds, inside the caller's transaction. */
  async endActive(manager: EntityManager, of: { tutorId?: string; smeId?: string }, reason: EndReason, by: string | null): Promise<number> {
    const active = of.tutorId
      ? await this.assignments.findActiveByTutor(of.tutorId, manager)
      : [await this.assignments.findActiveBySme(of.smeId ?? '', manager)].filter((a): a is Assignment => a !== null);
    for (const assignment of active) {
      await this.assignments.end(manager, assignment, { reason, endedBy: by, at: this.clock.now() });
    }
    // A graduated or withdrawn SME keeps that status; one whose tutor left waits again.
    await this.smes.markEnrolled(manager, active.map((a) => a.smeId));
    if (reason !== 'graduated') await this.notifier.pairsEnded(manager, active);
    return active.length;
  }

  list(filter: AssignmentFilter): Promise<Page<Assignment>> {
    return this.assignments.list(filter);
  }

  private async insertGuarded(manager: EntityManager, assignment: Partial<Assignment>): Promise<Assignment> {
    try {
      return await this.assignments.insert(manager, assignment);
    } catch (error) {
      const index = violatedUniqueIndex(error);
      if (index === null) throw error;
      throw index.includes('tutor') || index.includes('slot') ? tutorAtCapacity() : smeAlreadyAssigned();
    }
  }
}

const smeAlreadyAssigned = () => new DomainError(ErrorCode.SmeAlreadyAssigned, 'SME already has an active tutor');
const tutorAtCapacity = (maxSmes?: number) =>
  new DomainError(ErrorCode.TutorAtCapacity, maxSmes ? `Tutor already has its ${maxSmes} SMEs` : 'Tutor has no free seat');

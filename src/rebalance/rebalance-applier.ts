import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { describeTerms } from '../assignments/pair-explanation.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { isActiveSmeStatus } from '../smes/sme-vocabulary.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import type { PlannedChange } from './plan-diff.js';
import { RebalanceRepository } from './rebalance.repository.js';

export const planStale = (why: string) => new DomainError(ErrorCode.PlanStale, `Assignments changed since the plan was made (${why}); run a new rebalance`);

/**
 * Writes a plan's changes into the assignment history, inside the caller's transaction: every end
 * first, then every start, each re-checked against the rules, so the plan lands whole or not at all.
 */
@Injectable()
export class RebalanceApplier {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly tutors: TutorRepository,
    private readonly smes: SmeRepository,
    private readonly rebalances: RebalanceRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Holds off every other assignment write until the transaction ends (PostgreSQL; SQLite already
   * runs one write transaction at a time), then checks nothing moved since the plan's basis.
   */
  async lockAndCheckBasis(manager: EntityManager, basis: string | null): Promise<void> {
    if (manager.connection.options.type === 'postgres') await manager.query('LOCK TABLE assignment IN SHARE ROW EXCLUSIVE MODE');
    if ((await this.rebalances.assignmentsFingerprint(manager)) !== basis) throw planStale('active assignments differ');
  }

  async apply(manager: EntityManager, rebalanceId: string, changes: PlannedChange[]): Promise<void> {
    const at = this.clock.now();
    for (const change of changes.filter((c) => c.fromTutorId)) {
      const current = await this.assignments.findActiveBySme(change.smeId, manager);
      if (!current || current.tutorId !== change.fromTutorId || current.pinned) throw planStale(`SME ${change.smeId} has another tutor`);
      await this.assignments.end(manager, current, { reason: 'rebalance', endedBy: null, at, rebalanceId });
    }
    for (const change of changes.filter((c) => c.toTutorId)) await this.start(manager, rebalanceId, change, at);
  }

  private async start(manager: EntityManager, rebalanceId: string, change: PlannedChange, at: Date): Promise<void> {
    const tutor = await this.tutors.findById(change.toTutorId!, manager);
    const sme = await this.smes.findById(change.smeId, manager);
    if (!tutor || tutor.status !== 'active') throw planStale(`tutor ${change.toTutorId} is no longer active`);
    if (!sme || !isActiveSmeStatus(sme.status)) throw planStale(`SME ${change.smeId} left the program`);
    if (await this.assignments.findActiveBySme(sme.id, manager)) throw planStale(`SME ${sme.id} was assigned meanwhile`);
    const slot = await this.assignments.freeSlotOfTutor(manager, tutor.id, tutor.maxSmes);
    if (slot === null) throw planStale(`tutor ${tutor.id} has no free seat`);
    const terms = change.explanation!;
    await this.assignments.insert(manager, {
      tutorId: tutor.id,
      smeId: sme.id,
      slot,
      startedAt: at,
      startReason: 'rebalance',
      rebalanceId,
      explanation: { ...terms, summary: describeTerms(terms) },
    });
    if (sme.status === 'enrolled') await this.smes.save(manager, Object.assign(sme, { status: 'mentoring' }));
  }
}

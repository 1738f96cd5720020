import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Assignment } from '../assignments/assignment.entity.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { describeTerms } from '../assignments/pair-explanation.js';
import { firstFreeSeat } from '../assignments/seat.rule.js';
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
 * Rows are read and written in bulk, so a national plan costs a few statements per thousand changes.
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
    const active = new Map((await this.assignments.findActiveBySmes(changes.map((c) => c.smeId), manager)).map((a) => [a.smeId, a]));
    const ending = changes.filter((c) => c.fromTutorId).map((c) => this.endingPair(c, active.get(c.smeId)));
    await this.assignments.endMany(manager, ending.map((a) => a.id), { reason: 'rebalance', endedBy: null, at, rebalanceId });
    for (const pair of ending) active.delete(pair.smeId);
    const starting = changes.filter((c) => c.toTutorId);
    const rows = await this.startingRows(manager, starting, active);
    await this.assignments.insertMany(manager, rows.map((row) => ({ ...row, startedAt: at, startReason: 'rebalance', rebalanceId })));
    await this.smes.markMentoring(manager, starting.map((c) => c.smeId));
    await this.smes.markEnrolled(manager, changes.filter((c) => !c.toTutorId).map((c) => c.smeId));
  }

  private endingPair(change: PlannedChange, current: Assignment | undefined): Assignment {
    if (!current || current.tutorId !== change.fromTutorId || current.pinned) throw planStale(`SME ${change.smeId} has another tutor`);
    return current;
  }

  private async startingRows(manager: EntityManager, starting: PlannedChange[], stillActive: Map<string, Assignment>): Promise<Partial<Assignment>[]> {
    const tutorIds = [...new Set(starting.map((c) => c.toTutorId!))];
    const tutors = new Map((await this.tutors.findSeatsByIds(tutorIds, manager)).map((t) => [t.id, t]));
    const smes = new Map((await this.smes.findStatusesByIds(starting.map((c) => c.smeId), manager)).map((s) => [s.id, s]));
    const seats = new Map<string, number[]>(tutorIds.map((id) => [id, []]));
    for (const pair of await this.assignments.findActiveSeatsByTutors(tutorIds, manager)) seats.get(pair.tutorId)!.push(pair.slot);
    return starting.map((change) => {
      const tutor = tutors.get(change.toTutorId!);
      const sme = smes.get(change.smeId);
      if (!tutor || tutor.status !== 'active') throw planStale(`tutor ${change.toTutorId} is no longer active`);
      if (!sme || !isActiveSmeStatus(sme.status)) throw planStale(`SME ${change.smeId} left the program`);
      if (stillActive.has(sme.id)) throw planStale(`SME ${sme.id} was assigned meanwhile`);
      const taken = seats.get(tutor.id)!;
      const slot = taken.length < tutor.maxSmes ? firstFreeSeat(taken, tutor.maxSmes) : null;
      if (slot === null) throw planStale(`tutor ${tutor.id} has no free seat`);
      taken.push(slot);
      const terms = change.explanation!;
      return { tutorId: tutor.id, smeId: sme.id, slot, explanation: { ...terms, summary: describeTerms(terms) } };
    });
  }
}

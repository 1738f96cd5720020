import { Notifier } from '../notifications/notifier.service.js';
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
import type { Sme } from '../smes/sme.entity.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { TutorRepository, TutorSeats } from '../tutors/tutor.repository.js';
import type { PlannedChange } from './plan-diff.js';
import { RebalanceRepository } from './rebalance.repository.js';

type LockedSme = Pick<Sme, 'id' | 'status'>;
interface LockedRows {
  tutors: Map<string, TutorSeats>;
  smes: Map<string, LockedSme>;
}

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
    private readonly notifier: Notifier,
  ) {}

  /**
   * Applies a plan made on `basis` inside the caller's transaction, whole or not at all. The rows of
   * every tutor and SME it touches are locked first, in the order every other writer takes them
   * (tutors, then SMEs, then assignments), so an edit of one of them either lands before the checks
   * below read it or waits for this commit. Then every other assignment write is held off until the
   * transaction ends (PostgreSQL; SQLite runs one write transaction at a time) and the basis is checked.
   */
  async applyOnBasis(manager: EntityManager, rebalanceId: string, basis: string | null, changes: PlannedChange[]): Promise<void> {
    const tutors = await this.tutors.lockByIds(manager, changes.flatMap((c) => [c.fromTutorId, c.toTutorId]).filter((id): id is string => id !== null));
    const smes = await this.smes.lockByIds(manager, changes.map((c) => c.smeId));
    if (manager.connection.options.type === 'postgres') await manager.query('LOCK TABLE assignment IN SHARE ROW EXCLUSIVE MODE');
    if ((await this.rebalances.assignmentsBasis(manager)) !== basis) throw planStale('active assignments differ');
    await this.apply(manager, rebalanceId, changes, { tutors: new Map(tutors.map((t) => [t.id, t])), smes: new Map(smes.map((s) => [s.id, s])) });
  }

  private async apply(manager: EntityManager, rebalanceId: string, changes: PlannedChange[], locked: LockedRows): Promise<void> {
    const at = this.clock.now();
    const active = new Map((await this.assignments.findActiveBySmes(changes.map((c) => c.smeId), manager)).map((a) => [a.smeId, a]));
    const ending = changes.filter((c) => c.fromTutorId).map((c) => this.endingPair(c, active.get(c.smeId), locked.smes.get(c.smeId)));
    await this.assignments.endMany(manager, ending.map((a) => a.id), { reason: 'rebalance', endedBy: null, at, rebalanceId });
    for (const pair of ending) active.delete(pair.smeId);
    const starting = changes.filter((c) => c.toTutorId);
    const rows = await this.startingRows(manager, starting, active, locked);
    await this.assignments.insertMany(manager, rows.map((row) => ({ ...row, startedAt: at, startReason: 'rebalance', rebalanceId })));
    await this.smes.markMentoring(manager, starting.map((c) => c.smeId));
    await this.smes.markEnrolled(manager, changes.filter((c) => !c.toTutorId).map((c) => c.smeId));
    await this.notifier.rebalanceApplied(manager, changes);
  }

  /** A pinned pair stays, unless its SME has left the program: then nothing holds it. */
  private endingPair(change: PlannedChange, current: Assignment | undefined, sme: LockedSme | undefined): Assignment {
    const stays = current?.pinned === true && sme !== undefined && isActiveSmeStatus(sme.status);
    if (!current || current.tutorId !== change.fromTutorId || stays) throw planStale(`SME ${change.smeId} has another tutor`);
    return current;
  }

  /** Each start re-checked against the locked rows: the tutor active with a free seat, the SME still in the program and unassigned. */
  private async startingRows(manager: EntityManager, starting: PlannedChange[], stillActive: Map<string, Assignment>, locked: LockedRows): Promise<Partial<Assignment>[]> {
    const tutorIds = [...new Set(starting.map((c) => c.toTutorId!))];
    const seats = new Map<string, number[]>(tutorIds.map((id) => [id, []]));
    for (const pair of await this.assignments.findActiveSeatsByTutors(tutorIds, manager)) seats.get(pair.tutorId)!.push(pair.slot);
    return starting.map((change) => {
      const tutor = locked.tutors.get(change.toTutorId!);
      const sme = locked.smes.get(change.smeId);
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

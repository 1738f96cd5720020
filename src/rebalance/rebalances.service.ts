import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user.js';
import { Clock } from '../common/clock.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { mapPage, Page, PageQueryDto } from '../common/pagination.js';
import { UnitOfWork, violatedUniqueIndex } from '../database/unit-of-work.js';
import { JobOutbox } from '../jobs/job-outbox.js';
import { RebalanceJob } from '../jobs/queues.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import { changeReasonCode, type ChangeReasonCode } from './plan-diff.js';
import { RebalanceApplier } from './rebalance-applier.js';
import { RebalanceChange } from './rebalance-change.entity.js';
import { ACTIVE_RUN, Rebalance, RebalanceTrigger } from './rebalance.entity.js';
import { RebalanceRepository } from './rebalance.repository.js';

export interface RebalanceRequest {
  dryRun: boolean;
  provinceCode?: string;
  trigger: RebalanceTrigger;
  requestedBy?: AuthUser;
}

/** A change of the plan with both tutors named and its reason as a code the pages translate. */
export type NamedChange = RebalanceChange & { fromTutorName: string | null; toTutorName: string | null; reasonCode: ChangeReasonCode | null };

@Injectable()
export class RebalancesService {
  constructor(
    private readonly rebalances: RebalanceRepository,
    private readonly applier: RebalanceApplier,
    private readonly outbox: JobOutbox,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly tutors: TutorRepository,
  ) {}

  /** Starts a run, or answers with the one already queued or running: runs are never doubled. */
  async request(request: RebalanceRequest): Promise<Rebalance> {
    const existing = await this.rebalances.findActive();
    if (existing) return existing;
    let rebalance: Rebalance;
    try {
      rebalance = await this.unitOfWork.run(async (manager) => {
        const inserted = await this.rebalances.insert(manager, {
          status: 'queued',
          dryRun: request.dryRun,
          provinceCode: request.provinceCode ?? null,
          trigger: request.trigger,
          activeSlot: ACTIVE_RUN,
          requestedBy: request.requestedBy?.accountId ?? null,
          // To the millisecond, so runs of one second still list newest first (SQLite's default keeps whole seconds).
          createdAt: this.clock.now(),
        });
        await this.outbox.record(manager, { name: RebalanceJob.run, data: { rebalanceId: inserted.id } });
        return inserted;
      });
    } catch (error) {
      const active = violatedUniqueIndex(error) !== null ? await this.rebalances.findActive() : null;
      if (active) return active;
      throw error;
    }
    return rebalance;
  }

  list(page: PageQueryDto): Promise<Page<Rebalance>> {
    return this.rebalances.list(page);
  }

  async get(id: string): Promise<Rebalance> {
    const rebalance = await this.rebalances.findById(id);
    if (!rebalance) throw notFound('Rebalance', id);
    return rebalance;
  }

  /** The plan's changes with both tutors named, so a coordinator reads "from whom to whom, and why". */
  async changes(id: string, page: PageQueryDto): Promise<Page<NamedChange>> {
    await this.get(id);
    const changes = await this.rebalances.changes(id, page);
    const tutorIds = changes.items.flatMap((c) => [c.fromTutorId, c.toTutorId]).filter((t): t is string => t !== null);
    const names = new Map((await this.tutors.findByIds([...new Set(tutorIds)])).map((t) => [t.id, `${t.name} (${t.storeName})`]));
    const name = (tutorId: string | null) => (tutorId ? (names.get(tutorId) ?? null) : null);
    return mapPage(changes, (c) => ({ ...c, fromTutorName: name(c.fromTutorId), toTutorName: name(c.toTutorId), reasonCode: changeReasonCode(c.reason) }));
  }

  /** Applies a completed dry run whole, unless assignments moved since it was planned; twice is once. */
  apply(id: string): Promise<Rebalance> {
    return this.unitOfWork.run(async (manager) => {
      const rebalance = await this.rebalances.findById(id, manager);
      if (!rebalance) throw notFound('Rebalance', id);
      if (rebalance.appliedAt) return rebalance;
      if (!rebalance.dryRun || rebalance.status !== 'completed') {
        throw new DomainError(ErrorCode.PlanNotApplicable, `Only a completed dry run can be applied; this run is ${rebalance.status}`);
      }
      await this.applier.applyOnBasis(manager, rebalance.id, rebalance.basis, await this.rebalances.allChanges(rebalance.id, manager));
      rebalance.appliedAt = this.clock.now();
      return this.rebalances.save(manager, rebalance);
    });
  }
}

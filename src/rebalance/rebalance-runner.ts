import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { type Certificate, planRebalance, type WarmStart } from '../matching/index.js';
import { SettingsService } from '../settings/settings.service.js';
import { toMatchingInput } from './matching-input.js';
import { diffPlan } from './plan-diff.js';
import { ProgramSnapshotRepository } from './program-snapshot.repository.js';
import { RebalanceApplier } from './rebalance-applier.js';
import { Rebalance, RebalanceSummary } from './rebalance.entity.js';
import { RebalanceRepository } from './rebalance.repository.js';

/** A run planned on a basis that moved before it could be applied is planned again, this often. */
const MAX_PLANNING_ROUNDS = 3;

export class UnknownRebalanceError extends Error {
  override name = 'UnknownRebalanceError';
}

/**
 * Carries out one rebalance run: load, solve, diff, then store the plan (and, unless a dry run,
 * apply it) in one transaction. Safe to repeat: a finished run is left as it is, and an
 * interrupted one is planned again from the state the database holds.
 */
@Injectable()
export class RebalanceRunner {
  private readonly logger = new Logger(RebalanceRunner.name);
  /** The last plan's prices: the next solve starts from them (incremental re-solve). */
  private warmStart: WarmStart | undefined;

  constructor(
    private readonly rebalances: RebalanceRepository,
    private readonly snapshots: ProgramSnapshotRepository,
    private readonly applier: RebalanceApplier,
    private readonly settings: SettingsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async run(rebalanceId: string, reportProgress: (percent: number) => Promise<void>): Promise<RebalanceSummary | null> {
    const rebalance = await this.rebalances.findById(rebalanceId);
    if (!rebalance) throw new UnknownRebalanceError(`No rebalance ${rebalanceId}`);
    if (rebalance.status === 'completed' || rebalance.status === 'failed') return rebalance.summary;
    await this.unitOfWork.run((manager) => this.rebalances.save(manager, Object.assign(rebalance, { status: 'running', progress: 5 })));
    const report = async (percent: number) => {
      await this.unitOfWork.run((manager) => this.rebalances.setProgress(manager, rebalanceId, percent));
      await reportProgress(percent);
    };
    for (let round = 1; ; round++) {
      try {
        return await this.planRound(rebalance, report);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === ErrorCode.PlanStale) || round >= MAX_PLANNING_ROUNDS) throw error;
        this.logger.warn(`rebalance ${rebalanceId}: assignments moved while planning, planning again`);
      }
    }
  }

  async markFailed(rebalanceId: string, message: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      const rebalance = await this.rebalances.findById(rebalanceId, manager);
      if (!rebalance || rebalance.status === 'completed') return;
      await this.rebalances.save(manager, Object.assign(rebalance, { status: 'failed', error: message, activeSlot: null, finishedAt: this.clock.now() }));
    });
  }

  private async planRound(rebalance: Rebalance, reportProgress: (percent: number) => Promise<void>): Promise<RebalanceSummary> {
    const basis = await this.rebalances.assignmentsFingerprint();
    const { changes, summary, certificate } = await this.solve(rebalance, reportProgress);
    await this.unitOfWork.run(async (manager) => {
      if (!rebalance.dryRun) {
        await this.applier.applyOnBasis(manager, rebalance.id, basis, changes);
      }
      await this.rebalances.replaceChanges(manager, rebalance.id, changes);
      const now = this.clock.now();
      Object.assign(rebalance, { status: 'completed', progress: 100, summary, basis, activeSlot: null, finishedAt: now, appliedAt: rebalance.dryRun ? null : now });
      await this.rebalances.save(manager, rebalance);
    });
    this.warmStart = { certificate };
    return summary;
  }

  /**
   * Loads, solves and diffs. The snapshot, the engine's input and the whole plan stay in here, so
   * they are garbage before the changes are written: at national scale they are gigabytes.
   */
  private async solve(rebalance: Rebalance, reportProgress: (percent: number) => Promise<void>): Promise<ReturnType<typeof diffPlan> & { certificate: Certificate }> {
    const [snapshot, settings] = await Promise.all([this.snapshots.load(), this.settings.current()]);
    await reportProgress(20);
    const input = toMatchingInput(snapshot, rebalance.provinceCode);
    const plan = planRebalance(input.tutors, input.smes, settings.matching, { warmStart: this.warmStart });
    await reportProgress(80);
    return { ...diffPlan(input, plan, rebalance.provinceCode), certificate: plan.certificate };
  }
}

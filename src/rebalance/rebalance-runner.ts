import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { SettingsService } from '../settings/settings.service.js';
import { ProgramSnapshotRepository } from './program-snapshot.repository.js';
import { RebalanceApplier } from './rebalance-applier.js';
import { Rebalance, RebalancePhase, RebalanceSummary } from './rebalance.entity.js';
import { RebalanceRepository } from './rebalance.repository.js';
import { RunProgress } from './run-progress.js';
import { SolveResult, SolveThread } from './solve/solve-thread.js';

/** A run planned on a basis that moved before it could be applied is planned again, this often. */
const MAX_PLANNING_ROUNDS = 3;

export class UnknownRebalanceError extends Error {
  override name = 'UnknownRebalanceError';
}

/** Where each phase's progress runs, in percent of the run. */
export const PHASE_SPAN: Record<RebalancePhase, [number, number]> = { loading: [5, 20], solving: [20, 80], diffing: [80, 85], writing: [85, 99] };

/**
 * Carries out one rebalance run: load, solve, diff (the last two in the solve thread, off the
 * event loop), then store the plan (and, unless a dry run, apply it) in one transaction. Safe to
 * repeat: a finished run is left as it is, and an interrupted one is planned again from the state
 * the database holds.
 */
@Injectable()
export class RebalanceRunner {
  private readonly logger = new Logger(RebalanceRunner.name);

  constructor(
    private readonly rebalances: RebalanceRepository,
    private readonly snapshots: ProgramSnapshotRepository,
    private readonly applier: RebalanceApplier,
    private readonly settings: SettingsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly thread: SolveThread,
  ) {}

  async run(rebalanceId: string, reportProgress: (percent: number) => Promise<void>): Promise<RebalanceSummary | null> {
    const rebalance = await this.rebalances.findById(rebalanceId);
    if (!rebalance) throw new UnknownRebalanceError(`No rebalance ${rebalanceId}`);
    if (rebalance.status === 'completed' || rebalance.status === 'failed') return rebalance.summary;
    await this.unitOfWork.run((manager) => this.rebalances.save(manager, Object.assign(rebalance, { status: 'running', progress: 5, phase: 'loading' })));
    const progress = new RunProgress(async (percent, phase) => {
      await this.unitOfWork.run((manager) => this.rebalances.setProgress(manager, rebalanceId, percent, phase));
      await reportProgress(percent);
    });
    for (let round = 1; ; round++) {
      try {
        return await this.planRound(rebalance, progress);
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

  private async planRound(rebalance: Rebalance, progress: RunProgress): Promise<RebalanceSummary> {
    const basis = await this.rebalances.assignmentsBasis();
    const { changes, summary, mode } = await this.solve(rebalance, progress);
    await progress.settled();
    await progress.report(PHASE_SPAN.writing[0], 'writing');
    const outcome = await this.unitOfWork.run(async (manager) => {
      // A job is delivered at least once: another attempt of this run (its lock lost and the job handed on) may have written it meanwhile.
      const current = await this.rebalances.lockById(manager, rebalance.id);
      if (current?.status === 'completed') return { ours: false, summary: current.summary! };
      if (!rebalance.dryRun) {
        await this.applier.applyOnBasis(manager, rebalance.id, basis, changes);
      }
      await this.rebalances.replaceChanges(manager, rebalance.id, changes);
      const now = this.clock.now();
      Object.assign(rebalance, { status: 'completed', progress: 100, phase: null, solveMode: mode, summary, basis, activeSlot: null, finishedAt: now, appliedAt: rebalance.dryRun ? null : now });
      await this.rebalances.save(manager, rebalance);
      return { ours: true, summary };
    });
    if (outcome.ours) this.logger.log({ rebalanceId: rebalance.id, mode, changes: changes.length }, 'rebalance planned');
    else this.logger.warn(`rebalance ${rebalance.id}: another attempt completed it first; this attempt's plan is dropped`);
    return outcome.summary;
  }

  /**
   * Streams the snapshot into the solve thread, which solves and diffs it. The snapshot, the
   * engine's input and the whole plan live in that thread; this one only ever holds a page of rows
   * and, at the end, the changes.
   */
  private async solve(rebalance: Rebalance, progress: RunProgress): Promise<SolveResult> {
    const [settings, lastAppliedRunId] = await Promise.all([this.settings.current(), this.rebalances.lastAppliedId()]);
    const request = { runId: rebalance.id, lastAppliedRunId, provinceCode: rebalance.provinceCode, settings: settings.matching };
    const within = (phase: RebalancePhase, share: number) => {
      const [from, to] = PHASE_SPAN[phase];
      return Math.round(from + (to - from) * share);
    };
    return this.thread.solve(
      request,
      (send) => this.snapshots.stream(send, (done, of) => progress.report(within('loading', done / of), 'loading')),
      (phase, percent) => progress.post(within(phase, percent / 100), phase),
    );
  }
}

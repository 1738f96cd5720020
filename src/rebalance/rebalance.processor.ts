import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { InvalidMatchingInputError } from '../matching/index.js';
import { RebalanceJob, RunRebalanceData, TriggerRebalanceData } from '../jobs/queues.js';
import { SettingsService } from '../settings/settings.service.js';
import { RebalanceRunner, UnknownRebalanceError } from './rebalance-runner.js';
import { RebalancesService } from './rebalances.service.js';

const isRunData = (data: unknown): data is RunRebalanceData =>
  typeof data === 'object' && data !== null && typeof (data as RunRebalanceData).rebalanceId === 'string';

/** Runs and triggers rebalances; RebalanceWorkerModule binds it to its queue with the configured lock. */
@Injectable()
export class RebalanceProcessor extends WorkerHost {
  private readonly logger = new Logger(RebalanceProcessor.name);

  constructor(
    private readonly runner: RebalanceRunner,
    private readonly rebalances: RebalancesService,
    private readonly settings: SettingsService,
  ) {
    super();
  }

  async process(job: Job<RunRebalanceData | TriggerRebalanceData>) {
    if (job.name === RebalanceJob.trigger) {
      const { schedule } = await this.settings.current();
      const trigger = (job.data as TriggerRebalanceData).reason === 'schedule' ? 'schedule' : 'events';
      return { rebalanceId: (await this.rebalances.request({ dryRun: !schedule.autoApply, trigger })).id };
    }
    if (job.name !== RebalanceJob.run || !isRunData(job.data)) throw new UnrecoverableError(`Job ${job.name} has no rebalanceId`);
    try {
      return await this.runner.run(job.data.rebalanceId, (percent) => job.updateProgress(percent));
    } catch (error) {
      // Input the engine refuses (e.g. settings out of its rules) fails the same way every time: no retries.
      if (error instanceof UnknownRebalanceError || error instanceof InvalidMatchingInputError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  /** Once the last attempt fails, the run says so instead of staying "running". */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<RunRebalanceData> | undefined, error: Error): Promise<void> {
    if (!job || job.name !== RebalanceJob.run || !isRunData(job.data)) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.error({ err: error, rebalanceId: job.data.rebalanceId, final }, 'rebalance attempt failed');
    if (final) await this.runner.markFailed(job.data.rebalanceId, error.message);
  }
}

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { SettingsService } from '../settings/settings.service.js';
import {
  EVENT_REBALANCE_DEDUP_ID,
  EvaluateSmesData,
  INSTALL_SCHEDULES,
  JobRequest,
  REBALANCE_QUEUE,
  RebalanceJob,
  RunRebalanceData,
  SCHEDULER_IDS,
  SweepFlagsData,
  TRACKING_QUEUE,
  TrackingJob,
  TriggerRebalanceData,
} from './queues.js';

const EVALUATION_CHUNK = 500;

/** Turns recorded job requests into jobs; the only place that adds to the queues. */
@Injectable()
export class JobEnqueuer {
  constructor(
    @InjectQueue(REBALANCE_QUEUE) private readonly rebalanceQueue: Queue<RunRebalanceData | TriggerRebalanceData>,
    @InjectQueue(TRACKING_QUEUE) private readonly trackingQueue: Queue<EvaluateSmesData | SweepFlagsData>,
    private readonly settings: SettingsService,
  ) {}

  /** Adds the jobs of one request; ids derived from the request make a repeat add nothing. */
  enqueue(requestId: string, request: JobRequest): Promise<void> {
    switch (request.name) {
      case RebalanceJob.run:
        return this.runRebalance(request.data.rebalanceId);
      case RebalanceJob.trigger:
        return this.debounceRebalance();
      case TrackingJob.evaluateSmes:
        return this.evaluateSmes(requestId, request.data.smeIds);
      case INSTALL_SCHEDULES:
        return this.installSchedules();
    }
  }

  /** (Re)installs the schedules from the program settings; safe to call from every worker. */
  async installSchedules(): Promise<void> {
    const { schedule } = await this.settings.current();
    await this.rebalanceQueue.upsertJobScheduler(
      SCHEDULER_IDS.rebalance,
      { pattern: schedule.rebalanceCron, tz: schedule.timeZone },
      { name: RebalanceJob.trigger, data: { reason: 'schedule' } },
    );
    await this.trackingQueue.upsertJobScheduler(
      SCHEDULER_IDS.flagSweep,
      { pattern: schedule.flagSweepCron, tz: schedule.timeZone },
      { name: TrackingJob.sweepFlags, data: {} },
    );
  }

  /** One job per run: the run's id is the job id. */
  private async runRebalance(rebalanceId: string): Promise<void> {
    await this.rebalanceQueue.add(RebalanceJob.run, { rebalanceId }, { jobId: `run-${rebalanceId}` });
  }

  private async evaluateSmes(requestId: string, smeIds: string[]): Promise<void> {
    for (let start = 0; start < smeIds.length; start += EVALUATION_CHUNK) {
      const jobId = `evaluate-${requestId}-${start}`;
      await this.trackingQueue.add(TrackingJob.evaluateSmes, { smeIds: smeIds.slice(start, start + EVALUATION_CHUNK) }, { jobId });
    }
  }

  /** A burst of events within the debounce window gives one delayed trigger. */
  private async debounceRebalance(): Promise<void> {
    const delay = (await this.settings.current()).schedule.eventDebounceSeconds * 1000;
    await this.rebalanceQueue.add(
      RebalanceJob.trigger,
      { reason: 'events' },
      { delay, deduplication: { id: EVENT_REBALANCE_DEDUP_ID, ttl: delay, extend: true, replace: true } },
    );
  }
}

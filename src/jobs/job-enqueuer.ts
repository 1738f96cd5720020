import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ProgramEvent, ProgramEvents } from '../common/program-events.js';
import { SettingsService } from '../settings/settings.service.js';
import {
  EVENT_REBALANCE_DEDUP_ID,
  EvaluateSmesData,
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

/** Turns requests and program events into jobs; the only place that adds to the queues. */
@Injectable()
export class JobEnqueuer implements OnModuleInit {
  constructor(
    @InjectQueue(REBALANCE_QUEUE) private readonly rebalanceQueue: Queue<RunRebalanceData | TriggerRebalanceData>,
    @InjectQueue(TRACKING_QUEUE) private readonly trackingQueue: Queue<EvaluateSmesData | SweepFlagsData>,
    private readonly events: ProgramEvents,
    private readonly settings: SettingsService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((event) => this.onProgramEvent(event));
  }

  /** One job per run: the run's id is the job id, so a repeated request adds nothing. */
  async runRebalance(rebalanceId: string): Promise<void> {
    await this.rebalanceQueue.add(RebalanceJob.run, { rebalanceId }, { jobId: `run-${rebalanceId}` });
  }

  async evaluateSmes(smeIds: string[]): Promise<void> {
    for (let start = 0; start < smeIds.length; start += EVALUATION_CHUNK) {
      await this.trackingQueue.add(TrackingJob.evaluateSmes, { smeIds: smeIds.slice(start, start + EVALUATION_CHUNK) });
    }
  }

  /** A burst of events within the debounce window gives one delayed trigger. */
  async debounceRebalance(): Promise<void> {
    const delay = (await this.settings.current()).schedule.eventDebounceSeconds * 1000;
    await this.rebalanceQueue.add(
      RebalanceJob.trigger,
      { reason: 'events' },
      { delay, deduplication: { id: EVENT_REBALANCE_DEDUP_ID, ttl: delay, extend: true, replace: true } },
    );
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

  private async onProgramEvent(event: ProgramEvent): Promise<void> {
    switch (event.type) {
      case 'course-progress.recorded':
        return this.evaluateSmes(event.smeIds);
      case 'settings.changed':
        return event.sections.includes('schedule') ? this.installSchedules() : undefined;
      default:
        return this.debounceRebalance();
    }
  }
}

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DIGEST_DAYS } from '../settings/notification-settings.dto.js';
import { SettingsService } from '../settings/settings.service.js';
import {
  Delivery,
  deliveryJobId,
  EVENT_REBALANCE_DEDUP_ID,
  EvaluateSmesData,
  INSTALL_SCHEDULES,
  JobRequest,
  NOTIFICATION_JOB_OPTIONS,
  NOTIFICATION_SWEEP_MS,
  NOTIFICATIONS_QUEUE,
  NotificationJob,
  NotificationsJobData,
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
const DELIVERY_CHUNK = 500;

/** Turns recorded job requests into jobs; the only place that adds to the queues. */
@Injectable()
export class JobEnqueuer {
  constructor(
    @InjectQueue(REBALANCE_QUEUE) private readonly rebalanceQueue: Queue<RunRebalanceData | TriggerRebalanceData>,
    @InjectQueue(TRACKING_QUEUE) private readonly trackingQueue: Queue<EvaluateSmesData | SweepFlagsData>,
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly notificationsQueue: Queue<NotificationsJobData>,
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
      case NotificationJob.deliver:
        return this.deliverNotifications(request.data.deliveries);
    }
  }

  /** (Re)installs the schedules from the program settings; safe to call from every worker. */
  async installSchedules(): Promise<void> {
    const { schedule, notifications } = await this.settings.current();
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
    await this.notificationsQueue.upsertJobScheduler(SCHEDULER_IDS.notificationSweep, { every: NOTIFICATION_SWEEP_MS }, { name: NotificationJob.sweep, data: {} });
    await this.notificationsQueue.upsertJobScheduler(
      SCHEDULER_IDS.digest,
      { pattern: `0 ${notifications.digestHour} * * ${DIGEST_DAYS.indexOf(notifications.digestDay)}`, tz: schedule.timeZone },
      { name: NotificationJob.digest, data: {} },
    );
  }

  private async deliverNotifications(deliveries: Delivery[]): Promise<void> {
    for (let start = 0; start < deliveries.length; start += DELIVERY_CHUNK) {
      await this.notificationsQueue.addBulk(
        deliveries.slice(start, start + DELIVERY_CHUNK).map((delivery) => ({
          name: NotificationJob.deliver,
          data: { notificationId: delivery.id },
          opts: { ...NOTIFICATION_JOB_OPTIONS, jobId: deliveryJobId(delivery) },
        })),
      );
    }
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

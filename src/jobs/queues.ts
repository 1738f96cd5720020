/** Every queue, job name and job payload, in one place. */
export const REBALANCE_QUEUE = 'rebalance';
export const TRACKING_QUEUE = 'tracking';
export const NOTIFICATIONS_QUEUE = 'notifications';

export const RebalanceJob = {
  /** Plans (and, unless a dry run, applies) one stored rebalance run. */
  run: 'run-rebalance',
  /** Starts a run: from the schedule or from debounced program events. */
  trigger: 'trigger-rebalance',
} as const;

export const TrackingJob = {
  /** Graduates or flags SMEs whose course progress changed. */
  evaluateSmes: 'evaluate-smes',
  /** The daily pass that opens and resolves flags. */
  sweepFlags: 'sweep-flags',
} as const;

export const NotificationJob = {
  /** Sends one outbox message on its channel. */
  deliver: 'deliver-notification',
  /** Queues what is due and not yet queued: messages held by quiet hours, or lost by Redis. */
  sweep: 'sweep-notifications',
  /** The weekly coordinator digest. */
  digest: 'coordinator-digest',
} as const;

/** One message to deliver: its `round` (a coordinator's retry) and the hour it waited for (quiet hours), in ms, or 0. */
export interface Delivery {
  id: string;
  round: number;
  notBefore: number;
}

/** A delivery's job id: a repeat adds nothing, while a retry or a message released from quiet hours gets a job of its own. */
export const deliveryJobId = (delivery: Delivery): string => `deliver-${delivery.id}-${delivery.round}-${delivery.notBefore}`;

export interface DeliverNotificationsData {
  deliveries: Delivery[];
}

export interface DeliverNotificationData {
  notificationId: string;
}

export type NotificationsJobData = DeliverNotificationData | Record<string, never>;

export interface RunRebalanceData {
  rebalanceId: string;
}

export interface TriggerRebalanceData {
  reason: 'schedule' | 'events';
}

export interface EvaluateSmesData {
  smeIds: string[];
}

export type SweepFlagsData = Record<string, never>;

/** Re-reads the schedules from the program settings; a request, not a queued job. */
export const INSTALL_SCHEDULES = 'install-schedules';

/** What a change asks of the queues, recorded with the change (the job-request outbox) and enqueued after it. */
export type JobRequest =
  | { name: typeof RebalanceJob.run; data: RunRebalanceData }
  | { name: typeof RebalanceJob.trigger; data: TriggerRebalanceData }
  | { name: typeof TrackingJob.evaluateSmes; data: EvaluateSmesData }
  | { name: typeof INSTALL_SCHEDULES; data: Record<string, never> }
  | { name: typeof NotificationJob.deliver; data: DeliverNotificationsData };

export const SCHEDULER_IDS = {
  rebalance: 'scheduled-rebalance',
  flagSweep: 'daily-flag-sweep',
  notificationSweep: 'notification-sweep',
  digest: 'weekly-coordinator-digest',
} as const;

/** How often held or lost notifications are looked for. */
export const NOTIFICATION_SWEEP_MS = 60_000;

/** A channel that fails is tried again after 1, 2, 4 and 8 s; the fifth failure is final. */
export const NOTIFICATION_JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 1000 } } as const;
export const EVENT_REBALANCE_DEDUP_ID = 'event-rebalance';

/** At-least-once delivery: a failed or orphaned job is tried again, with back-off. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
} as const;

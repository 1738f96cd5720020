/** Every queue, job name and job payload, in one place. */
export const REBALANCE_QUEUE = 'rebalance';
export const TRACKING_QUEUE = 'tracking';

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
  | { name: typeof INSTALL_SCHEDULES; data: Record<string, never> };

export const SCHEDULER_IDS = { rebalance: 'scheduled-rebalance', flagSweep: 'daily-flag-sweep' } as const;
export const EVENT_REBALANCE_DEDUP_ID = 'event-rebalance';

/** At-least-once delivery: a failed or orphaned job is tried again, with back-off. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
} as const;

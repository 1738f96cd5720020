import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { isUUID } from 'class-validator';
import { NOTIFICATIONS_QUEUE, NotificationJob } from '../jobs/queues.js';
import { CoordinatorDigest } from './coordinator-digest.service.js';
import { NotificationDelivery } from './notification-delivery.service.js';
import { NotificationSweep } from './notification-sweep.service.js';

const CONCURRENCY = 5;

function notificationIdOf(data: unknown): string {
  const id = (data as { notificationId?: unknown } | null)?.notificationId;
  if (typeof id !== 'string' || !isUUID(id)) throw new UnrecoverableError(`${NotificationJob.deliver} needs data {notificationId: uuid}`);
  return id;
}

@Processor(NOTIFICATIONS_QUEUE, { concurrency: CONCURRENCY })
export class NotificationsProcessor extends WorkerHost {
  constructor(
    private readonly delivery: NotificationDelivery,
    private readonly sweep: NotificationSweep,
    private readonly digest: CoordinatorDigest,
  ) {
    super();
  }

  async process(job: Job<unknown>): Promise<unknown> {
    switch (job.name) {
      case NotificationJob.deliver:
        return this.delivery.deliver(notificationIdOf(job.data), job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
      case NotificationJob.sweep:
        return this.sweep.run();
      case NotificationJob.digest:
        return this.digest.send();
      default:
        throw new UnrecoverableError(`${NOTIFICATIONS_QUEUE} has no job named ${job.name}`);
    }
  }
}

import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { JobEnqueuer } from '../jobs/job-enqueuer.js';
import { NotificationJob } from '../jobs/queues.js';
import { NotificationRepository } from './notification.repository.js';

const BATCH = 1000;

/**
 * Queues every message that is due and still `queued`: one held by quiet hours whose hour has come,
 * or one whose job Redis lost. A message already in the queue keeps its job (same job id).
 */
@Injectable()
export class NotificationSweep {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly enqueuer: JobEnqueuer,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ queued: number }> {
    const due = await this.notifications.due(this.clock.now(), BATCH);
    if (due.length > 0) await this.enqueuer.enqueue('sweep', { name: NotificationJob.deliver, data: { deliveries: due.map((row) => ({ id: row.id, round: row.round, notBefore: row.notBefore?.getTime() ?? 0 })) } });
    return { queued: due.length };
  }
}

import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user.js';
import { linkedSmeId, linkedTutorId } from '../auth/linked-record.js';
import { Clock } from '../common/clock.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { mapPage, Page, PageQueryDto } from '../common/pagination.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobOutbox } from '../jobs/job-outbox.js';
import { NotificationJob } from '../jobs/queues.js';
import { NotificationListQueryDto } from './notification.dto.js';
import { NotificationRepository } from './notification.repository.js';
import { CoordinatorNotificationView, InAppNotificationView } from './notification-view.js';
import type { Person } from './notification-vocabulary.js';

/** Whom a signed-in account's messages are addressed to. */
export function personOf(user: AuthUser): Person {
  if (user.role === 'tutor') return { kind: 'tutor', id: linkedTutorId(user) };
  if (user.role === 'sme') return { kind: 'sme', id: linkedSmeId(user) };
  return { kind: 'coordinator', id: user.accountId };
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: JobOutbox,
    private readonly clock: Clock,
  ) {}

  async list(filter: NotificationListQueryDto) {
    return mapPage(await this.notifications.list(filter), CoordinatorNotificationView.from);
  }

  /** Queues a failed message again, in a new round, so the queue sees a new job. */
  async retry(id: string) {
    await this.unitOfWork.run(async (manager) => {
      const message = await this.notifications.findById(id, manager);
      if (!message) throw notFound('Notification', id);
      const round = message.round + 1;
      const requeued = await this.notifications.updateFrom(manager, id, ['failed'], { status: 'queued', round, reason: null, notBefore: null });
      if (!requeued) throw new DomainError(ErrorCode.NotificationNotRetryable, `Only a failed message can be retried; this one is ${message.status}`);
      await this.outbox.record(manager, { name: NotificationJob.deliver, data: { deliveries: [{ id, round, notBefore: 0 }] } });
    });
    return CoordinatorNotificationView.from((await this.notifications.findById(id))!);
  }

  async mine(user: AuthUser, page: PageQueryDto): Promise<Page<InAppNotificationView>> {
    return mapPage(await this.notifications.listInApp(personOf(user), page), InAppNotificationView.from);
  }

  /** Another person's message answers 404, as if it did not exist. */
  async markRead(user: AuthUser, id: string) {
    const person = personOf(user);
    await this.unitOfWork.run(async (manager) => {
      const message = await this.notifications.findById(id, manager);
      if (!message || message.channel !== 'in_app' || message.personKind !== person.kind || message.personId !== person.id) throw notFound('Notification', id);
      await this.notifications.updateFrom(manager, id, ['delivered'], { status: 'read', readAt: this.clock.now() });
    });
    return InAppNotificationView.from((await this.notifications.findById(id))!);
  }
}

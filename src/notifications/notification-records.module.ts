import { Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository.js';

/** The notifications' data access: the outbox writer, the delivery, the routes and the reports read it. */
@Module({ providers: [NotificationRepository], exports: [NotificationRepository] })
export class NotificationRecordsModule {}

import { Global, Module } from '@nestjs/common';
import { NotificationRepository } from './notification.repository.js';
import { Notifier } from './notifier.service.js';
import { RecipientsLoader } from './recipients.loader.js';

/** The outbox writer, for every service whose changes notify someone. */
@Global()
@Module({ providers: [Notifier, NotificationRepository, RecipientsLoader], exports: [Notifier, NotificationRepository] })
export class NotifierModule {}

import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { NotificationRepository } from './notification.repository.js';
import { Notifier } from './notifier.service.js';
import { RecipientsLoader } from './recipients.loader.js';

/** The outbox writer, for every feature whose changes notify someone, and the notifications' data access. */
@Module({ imports: [SettingsModule], providers: [Notifier, NotificationRepository, RecipientsLoader], exports: [Notifier, NotificationRepository] })
export class NotifierModule {}

import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { NotificationRecordsModule } from './notification-records.module.js';
import { Notifier } from './notifier.service.js';
import { RecipientsLoader } from './recipients.loader.js';

/** The outbox writer, for every feature whose changes notify someone. */
@Module({ imports: [SettingsModule, NotificationRecordsModule], providers: [Notifier, RecipientsLoader], exports: [Notifier] })
export class NotifierModule {}

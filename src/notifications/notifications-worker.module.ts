import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module.js';
import { EmailChannel } from './channels/email.channel.js';
import { WhatsappChannel } from './channels/whatsapp.channel.js';
import { CoordinatorDigest } from './coordinator-digest.service.js';
import { DigestFiguresRepository } from './digest-figures.repository.js';
import { NotificationDelivery } from './notification-delivery.service.js';
import { NotificationSweep } from './notification-sweep.service.js';
import { NotificationRecordsModule } from './notification-records.module.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { NotifierModule } from './notifier.module.js';

/** The notifications queue's consumer: delivery on each channel, the sweep and the weekly digest. */
@Module({
  imports: [NotifierModule, NotificationRecordsModule, SettingsModule],
  providers: [NotificationsProcessor, NotificationDelivery, NotificationSweep, CoordinatorDigest, DigestFiguresRepository, WhatsappChannel, EmailChannel],
})
export class NotificationsWorkerModule {}

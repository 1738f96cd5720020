import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MeNotificationsController } from './me-notifications.controller.js';
import { MePreferencesService } from './me-preferences.service.js';
import { NotificationRecordsModule } from './notification-records.module.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { WhatsappWebhookController } from './whatsapp-webhook.controller.js';
import { WhatsappWebhookService } from './whatsapp-webhook.service.js';

/** The notification routes: coordinators' view of every message, each person's own, and Meta's webhook. */
@Module({
  imports: [AuthModule, NotificationRecordsModule],
  controllers: [NotificationsController, MeNotificationsController, WhatsappWebhookController],
  providers: [NotificationsService, MePreferencesService, WhatsappWebhookService],
})
export class NotificationsModule {}

import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import type { Notification } from './notification.entity.js';
import { render } from './notification-templates.js';
import {
  CHANNELS,
  NOTIFICATION_LANGUAGES,
  NOTIFICATION_STATUSES,
  PERSON_KINDS,
  TEMPLATES,
  type Channel,
  type NotificationLanguage,
  type NotificationStatus,
  type PersonKind,
  type TemplateName,
  type WhatsappOptIn,
} from './notification-vocabulary.js';

/** A person's recorded consent to WhatsApp messages. */
export class WhatsappOptInView implements WhatsappOptIn {
  @ApiProperty({ format: 'date-time', description: 'when the consent was recorded' }) at: string;
  @ApiProperty({ enum: ['coordinator', 'self'] }) source: WhatsappOptIn['source'];
  @ApiProperty({ description: 'the account that recorded it' }) recordedBy: string;
}

/** A message as its recipient sees it in the app. */
export class InAppNotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TEMPLATES }) template: TemplateName;
  @ApiProperty({ enum: NOTIFICATION_LANGUAGES }) language: NotificationLanguage;
  @ApiProperty({ description: 'the message’s title, in its language' }) subject: string;
  @ApiProperty({ description: 'the message in words, in its language' }) text: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES }) status: NotificationStatus;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) readAt: Date | null;

  static from(n: Notification): InAppNotificationView {
    return pickDocumented(InAppNotificationView, { ...n, ...render(n.template, n.language, n.params) });
  }
}

/** A message with its whole delivery record, for coordinators. */
export class CoordinatorNotificationView extends InAppNotificationView {
  @ApiProperty({ enum: PERSON_KINDS }) personKind: PersonKind;
  @ApiProperty({ description: 'the tutor or SME record id, or a coordinator’s account id' }) personId: string;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: String, isArray: true, description: 'the template’s parameters, in order' }) params: string[];
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'why the last attempt failed' }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the number or e-mail address it went to' }) address: string | null;
  @ApiProperty({ type: String, nullable: true }) providerMessageId: string | null;
  @ApiProperty({ type: Date, nullable: true, description: 'held until then (quiet hours, retries)' }) notBefore: Date | null;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) deliveredAt: Date | null;
  @ApiProperty() updatedAt: Date;

  static override from(n: Notification): CoordinatorNotificationView {
    return pickDocumented(CoordinatorNotificationView, { ...n, ...render(n.template, n.language, n.params) });
  }
}

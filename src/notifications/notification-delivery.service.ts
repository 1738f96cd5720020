import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Account } from '../auth/account.entity.js';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { SettingsService } from '../settings/settings.service.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';
import { ChannelError, SentMessage } from './channels/channel-error.js';
import { EmailChannel } from './channels/email.channel.js';
import { WhatsappChannel } from './channels/whatsapp.channel.js';
import type { Notification } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';
import { render } from './notification-templates.js';
import { whatsappNumber } from './phone-number.js';
import { quietHoursEnd } from './quiet-hours.js';

const REASON_LENGTH = 500;

/**
 * Sends one outbox message on its channel, at most once: the message is taken from `queued` to
 * `sending` by a conditional update before the channel is called, so a second job of the same
 * message finds nothing to send. A failure puts it back to `queued` for the queue's retry, or,
 * when final, marks it `failed` with the reason.
 */
@Injectable()
export class NotificationDelivery {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly settings: SettingsService,
    private readonly whatsapp: WhatsappChannel,
    private readonly email: EmailChannel,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `lastAttempt`: the queue will not try this job again, so a failure now is final. */
  async deliver(id: string, lastAttempt: boolean): Promise<void> {
    const message = await this.notifications.findById(id);
    if (!message || message.status !== 'queued') return;
    if (message.channel === 'whatsapp' && (await this.heldUntilQuietHoursEnd(message))) return;
    if (!(await this.unitOfWork.run((manager) => this.notifications.claim(manager, id)))) return;
    let address: string | null = null;
    try {
      address = await this.addressOf(message);
      const sent = await this.send(message, address);
      await this.record(id, { status: 'sent', sentAt: this.clock.now(), providerMessageId: sent.providerMessageId, address, reason: null });
    } catch (error) {
      const failure = error instanceof ChannelError ? error : new ChannelError((error as Error).message, false, { cause: error });
      const final = failure.permanent || lastAttempt;
      await this.record(id, { status: final ? 'failed' : 'queued', reason: failure.message.slice(0, REASON_LENGTH), address });
      if (!final) throw failure;
    }
  }

  /** Inside quiet hours a WhatsApp message waits; the sweep queues it again once they end. */
  private async heldUntilQuietHoursEnd(message: Notification): Promise<boolean> {
    const { notifications, schedule } = await this.settings.current();
    const now = this.clock.now();
    const from = quietHoursEnd(now, notifications.quietHours, schedule.timeZone);
    if (from <= now) return false;
    await this.unitOfWork.run((manager) => this.notifications.updateFrom(manager, message.id, ['queued'], { notBefore: from }));
    return true;
  }

  /** Read when sending, so a changed number or a withdrawn opt-in counts at once. */
  private async addressOf(message: Notification): Promise<string> {
    const manager = this.dataSource.manager;
    const { personKind: kind, personId: id } = message;
    if (message.channel === 'whatsapp') {
      const record = kind === 'tutor' ? await manager.getRepository(Tutor).findOneBy({ id }) : kind === 'sme' ? await manager.getRepository(Sme).findOneBy({ id }) : null;
      if (!record?.whatsappOptIn) throw new ChannelError('no WhatsApp opt-in recorded', true);
      const number = whatsappNumber(record.phone);
      if (!number) throw new ChannelError(`phone ${record.phone} is no WhatsApp number`, true);
      return number;
    }
    const email = kind === 'tutor' ? (await manager.getRepository(Tutor).findOneBy({ id }))?.email : (await manager.getRepository(Account).findOneBy({ id }))?.email;
    if (!email) throw new ChannelError('no e-mail address recorded', true);
    return email;
  }

  private send(message: Notification, address: string): Promise<SentMessage> {
    if (message.channel === 'whatsapp') return this.whatsapp.send({ to: address, template: message.template, language: message.language, params: message.params });
    return this.email.send(address, render(message.template, message.language, message.params));
  }

  private record(id: string, change: Partial<Notification>): Promise<boolean> {
    return this.unitOfWork.run((manager) => this.notifications.updateFrom(manager, id, ['sending'], change));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Clock } from '../common/clock.js';
import { DomainError, validationFailed } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';
import type { Notification } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';
import { isProgress, type NotificationStatus } from './notification-vocabulary.js';
import { parseWebhook } from './whatsapp-webhook-payload.js';

const STOP_WORDS = new Set(['STOP', 'BERHENTI']);

/** Meta's calls: the subscription handshake, delivery statuses, and people answering STOP. */
@Injectable()
export class WhatsappWebhookService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** The challenge, echoed only to a subscription made with our verify token. */
  verify(mode: unknown, token: unknown, challenge: unknown): string {
    const expected = this.config.notifications.whatsappVerifyToken;
    if (!expected || mode !== 'subscribe' || typeof token !== 'string' || !sameText(token, expected) || typeof challenge !== 'string') {
      throw new DomainError(ErrorCode.WebhookVerificationFailed, 'Webhook verification failed');
    }
    return challenge;
  }

  /** Checks the signature over the bytes as sent, before anything in them is believed. */
  async receive(rawBody: Buffer | undefined, signature: unknown, body: unknown): Promise<{ statuses: number; optOuts: number }> {
    const secret = this.config.notifications.whatsappAppSecret;
    if (!secret || !rawBody || typeof signature !== 'string' || !signature.startsWith('sha256=')) throw badSignature();
    const expected = createHmac('sha256', secret).update(rawBody).digest('hex');
    if (!sameText(signature.slice('sha256='.length), expected)) throw badSignature();
    const payload = parseWebhook(body);
    if (!payload) throw validationFailed([{ field: 'body', constraints: ['body must be a WhatsApp Business Account webhook payload'] }]);
    return this.unitOfWork.run(async (manager) => {
      let statuses = 0;
      for (const report of payload.statuses) {
        const message = await this.notifications.findByProviderMessageId(report.id, manager);
        if (!message || !isProgress(message.status, report.status)) continue;
        await this.notifications.updateFrom(manager, message.id, [message.status], statusChange(report.status, report.reason, this.clock.now()));
        statuses++;
      }
      let optOuts = 0;
      for (const inbound of payload.messages.filter((m) => STOP_WORDS.has(m.text.trim().toUpperCase()))) {
        const people = await this.notifications.peopleAtAddress(inbound.from, manager);
        for (const person of people) {
          if (person.kind === 'coordinator') continue;
          await manager.getRepository(person.kind === 'tutor' ? Tutor : Sme).update({ id: person.id }, { whatsappOptIn: null });
        }
        await this.notifications.failQueuedWhatsapp(manager, people, 'the person answered STOP');
        optOuts += people.length;
      }
      return { statuses, optOuts };
    });
  }
}

const badSignature = () => new DomainError(ErrorCode.WebhookSignatureInvalid, 'X-Hub-Signature-256 is missing or does not match the body');

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function statusChange(status: NotificationStatus, reason: string | null, at: Date): Partial<Notification> {
  switch (status) {
    case 'delivered':
      return { status, deliveredAt: at };
    case 'read':
      return { status, readAt: at };
    case 'failed':
      return { status, reason: reason ?? 'WhatsApp reported the message failed' };
    default:
      return { status };
  }
}

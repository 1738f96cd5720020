import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import type { NotificationLanguage, TemplateName } from '../notification-vocabulary.js';
import { ChannelError, SentMessage } from './channel-error.js';

const TIMEOUT_MS = 15_000;
/** Meta answers these when it is busy or throttling; any other 4xx is final for the message. */
const TRANSIENT_STATUSES = new Set([408, 409, 425, 429]);

export interface WhatsappTemplateMessage {
  to: string;
  template: TemplateName;
  language: NotificationLanguage;
  params: string[];
}

/** Template messages through the WhatsApp Cloud API. */
@Injectable()
export class WhatsappChannel {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(message: WhatsappTemplateMessage): Promise<SentMessage> {
    const whatsapp = this.config.notifications.whatsapp;
    if (!whatsapp) throw new ChannelError('WhatsApp is not configured', true);
    const body = {
      messaging_product: 'whatsapp',
      to: message.to,
      type: 'template',
      template: {
        name: message.template,
        language: { code: message.language },
        components: [{ type: 'body', parameters: message.params.map((text) => ({ type: 'text', text })) }],
      },
    };
    let response: Response;
    try {
      response = await fetch(`${whatsapp.apiUrl}/${whatsapp.apiVersion}/${whatsapp.phoneNumberId}/messages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${whatsapp.accessToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ChannelError(`WhatsApp API unreachable: ${(error as Error).message}`, false, { cause: error });
    }
    const answer = (await response.json().catch(() => ({}))) as { messages?: { id?: string }[]; error?: { message?: string } };
    if (!response.ok) {
      const permanent = response.status < 500 && !TRANSIENT_STATUSES.has(response.status);
      throw new ChannelError(`WhatsApp API answered ${response.status}: ${answer.error?.message ?? 'no reason given'}`, permanent);
    }
    return { providerMessageId: answer.messages?.[0]?.id ?? null };
  }
}

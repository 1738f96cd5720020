import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import type { RenderedMessage } from '../notification-templates.js';
import { ChannelError, SentMessage } from './channel-error.js';

/** E-mail by SMTP, with a plain-text and an HTML part. */
@Injectable()
export class EmailChannel implements OnApplicationShutdown {
  private transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(to: string, message: RenderedMessage): Promise<SentMessage> {
    const smtp = this.config.notifications.smtp;
    if (!smtp) throw new ChannelError('E-mail is not configured', true);
    this.transport ??= nodemailer.createTransport(smtp.url);
    try {
      const info = await this.transport.sendMail({ from: smtp.from, to, subject: message.subject, text: message.text, html: message.html });
      return { providerMessageId: info.messageId ?? null };
    } catch (error) {
      // SMTP's 5xx replies are final (unknown mailbox, refused sender); anything else may pass later.
      const code = (error as { responseCode?: number }).responseCode;
      throw new ChannelError(`SMTP: ${(error as Error).message}`, code !== undefined && code >= 500, { cause: error });
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

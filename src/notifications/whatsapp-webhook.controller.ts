import { Controller, Get, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators.js';
import type { RequestWithRawBody } from '../common/http/json-body.js';
import { WhatsappWebhookService } from './whatsapp-webhook.service.js';

/** Meta calls these; it signs its POSTs instead of sending a token. */
@ApiExcludeController()
@Public()
@Controller('webhooks/whatsapp')
export class WhatsappWebhookController {
  constructor(private readonly webhook: WhatsappWebhookService) {}

  @Get()
  @Header('Content-Type', 'text/plain; charset=utf-8')
  verify(@Req() request: Request): string {
    return this.webhook.verify(request.query['hub.mode'], request.query['hub.verify_token'], request.query['hub.challenge']);
  }

  @Post()
  @HttpCode(200)
  receive(@Req() request: RequestWithRawBody) {
    return this.webhook.receive(request.rawBody, request.headers['x-hub-signature-256'], request.body);
  }
}

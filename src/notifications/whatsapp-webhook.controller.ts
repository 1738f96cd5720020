import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import type { RequestWithRawBody } from '../common/http/json-body.js';
import { WhatsappWebhookService } from './whatsapp-webhook.service.js';

/** Meta calls these; it signs its POSTs instead of sending a token. */
@ApiExcludeController()
@Public()
@Controller('webhooks/whatsapp')
export class WhatsappWebhookController {
  constructor(private readonly webhook: WhatsappWebhookService) {}

  /** The challenge goes back as plain text; a refusal is the usual JSON error. */
  @Get()
  verify(@Req() request: Request, @Res({ passthrough: true }) response: Response): string {
    const challenge = this.webhook.verify(request.query['hub.mode'], request.query['hub.verify_token'], request.query['hub.challenge']);
    response.type('text/plain');
    return challenge;
  }

  @Post()
  @HttpCode(200)
  receive(@Req() request: RequestWithRawBody) {
    return this.webhook.receive(request.rawBody, request.headers['x-hub-signature-256'], request.body);
  }
}

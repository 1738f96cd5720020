import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import { docsContentSecurityPolicy } from './common/http/docs-csp.js';
import { jsonBody } from './common/http/json-body.js';
import { jsonOnly } from './common/http/json-only.middleware.js';
import { HttpExceptionFilter } from './common/http-exception.filter.js';
import { createValidationPipe } from './common/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { mountQueueDashboard } from './jobs/queue-dashboard.js';
import { createPino, PinoLogger } from './logging/pino-logger.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { mountPages } from './pages/pages.js';

export const API_PREFIX = 'api';
/** Each body is held to what its route needs: JSON is small, a progress batch up to its 10,000 rows, a CSV import its 50,000. */
const JSON_LIMIT = '100kb';
const PROGRESS_BATCH_LIMIT = '2mb';
const CSV_LIMIT = '25mb';
const CSV_IMPORT_PATHS = /^\/api\/imports\/(tutors|smes)\/?$/i;

/** The HTTP application as it is served, shared by `main` and the e2e tests. */
export async function createHttpApp(config: AppConfig): Promise<INestApplication> {
  const logger = createPino(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: new PinoLogger(logger), bodyParser: false });
  // A line per request is logged at `info`; under a higher level nothing is built for it.
  if (logger.isLevelEnabled('info')) app.use(pinoHttp({ logger }));
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(cookieParser());
  app.use('/docs', docsContentSecurityPolicy());
  app.use(jsonOnly(CSV_IMPORT_PATHS));
  app.use(`/${API_PREFIX}/course-progress`, jsonBody(PROGRESS_BATCH_LIMIT));
  // The webhook's signature is over the bytes as sent, so they are kept beside the parsed body.
  app.use(`/${API_PREFIX}/webhooks/whatsapp`, jsonBody(JSON_LIMIT, { keepRaw: true }));
  app.use(jsonBody(JSON_LIMIT));
  app.use(CSV_IMPORT_PATHS, express.text({ type: 'text/csv', limit: CSV_LIMIT }));
  mountQueueDashboard(app);
  mountPages(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}

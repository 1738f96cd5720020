import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { join, resolve } from 'node:path';

/** Vite builds the pages into dist/client; this file runs from dist/ (served) or src/ (tests), both beside it. */
export const CLIENT_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'client');

/** Everything the pages load comes from this origin: no inline script, no other host. */
export const PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The API, its documents, the queue dashboard and the health check: never a page, never a file. */
const NOT_A_PAGE = /^\/(?:(?:api|admin)(?:\/|$)|docs|health)/;

const withPagesPolicy = (response: Response) => response.setHeader('Content-Security-Policy', PAGES_CSP);

/**
 * The single-page app at `/`: files of the build, and index.html for every other page route.
 * Requests for the API are passed on before any file is looked up, so an API call costs no
 * file-system lookup; a page route when the pages are not built falls through to the JSON 404.
 */
export function mountPages(app: NestExpressApplication): void {
  const files = express.static(CLIENT_DIR, { index: false, setHeaders: withPagesPolicy });
  const indexFile = join(CLIENT_DIR, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || NOT_A_PAGE.test(request.path)) return next();
    files(request, response, (error?: unknown) => {
      if (error) return next(error);
      withPagesPolicy(response);
      response.sendFile(indexFile, (error) => error && !response.headersSent && next());
    });
  });
}

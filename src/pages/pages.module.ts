import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';
import { resolve } from 'node:path';

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

/** The single-page app at `/`: files of the build, and index.html for every other page route. */
@Module({
  imports: [
    ServeStaticModule.forRoot({
      rootPath: CLIENT_DIR,
      exclude: ['/api/{*any}', '/docs{*any}', '/admin/{*any}', '/health{*any}'],
      serveStaticOptions: {
        index: false,
        setHeaders: (response: Response) => response.setHeader('Content-Security-Policy', PAGES_CSP),
      },
    }),
  ],
})
export class PagesModule {}

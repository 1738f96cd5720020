import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { BrowserSuite } from './browser-suite.js';

export const PHONE = { width: 375, height: 780 };
export const DESKTOP = { width: 1280, height: 800 };

/** Kept after the run (git-ignored) so that a person can look at the pages. */
export const SCREENSHOTS_DIR = join('test-output', 'screenshots');

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface CheckedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen since the page opened. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Chromium logs every 4xx answer; an API refusal the page shows in words is not a console error of the page. */
function isHandledApiAnswer(message: ConsoleMessage): boolean {
  const url = message.location().url;
  return message.text().startsWith('Failed to load resource: the server responded with a status of 4') && new URL(url || 'about:blank', 'http://x').pathname.startsWith('/api/');
}

/** A new browser context (no cookies, empty storage) on the served app, watching the console. */
export async function openPage({ browser, app }: BrowserSuite, viewport = PHONE): Promise<CheckedPage> {
  const context = await browser.newContext({ viewport, baseURL: app.baseUrl });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !isHandledApiAnswer(message)) consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { page, context, consoleErrors, close: () => context.close() };
}

async function screenshotAt(page: Page, name: string, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}-${viewport.width}.png`), fullPage: true });
}

/**
 * What every page test asserts once the page shows what it should: no serious or critical axe-core
 * violation (WCAG 2.1 AA), no console error, no horizontal scroll at 375 px; and it leaves
 * screenshots at 375 and 1280 px named `name-375.png` and `name-1280.png`.
 */
export async function expectGoodPage({ page, consoleErrors }: CheckedPage, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? PHONE;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });

  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);

  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect({ page: name, horizontalOverflowPx: overflow }).toEqual({ page: name, horizontalOverflowPx: 0 });
  await screenshotAt(page, name, PHONE);
  await screenshotAt(page, name, DESKTOP);
  await page.setViewportSize(viewport);

  expect(consoleErrors).toEqual([]);
}

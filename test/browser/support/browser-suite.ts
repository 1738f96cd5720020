import { afterAll, beforeAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startServedApp, type ServedApp } from './served-app.js';

export interface BrowserSuite {
  app: ServedApp;
  browser: Browser;
}

/**
 * For a browser test file: one served app on its own seeded database and one Chromium, started
 * before its tests and closed after them. Read `suite.app` and `suite.browser` inside the tests.
 */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.app = await startServedApp();
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}

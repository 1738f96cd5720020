import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { DESKTOP, expectGoodPage, openPage } from './support/page-checks.js';
import { startServedApp, type ServedApp } from './support/served-app.js';

const languageControl = (page: Page, name: 'Bahasa' | 'Language') => page.getByRole('combobox', { name });

describe('Bahasa Indonesia first, English second, in the browser', () => {
  let app: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startServedApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens in Bahasa Indonesia, offering both languages by their own names', async () => {
    const checked = await openPage(browser, app);
    const { page } = checked;
    await page.goto('/');
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await languageControl(page, 'Bahasa').locator('option').allTextContents()).toEqual(['Bahasa Indonesia', 'English']);
    expect(await page.getByLabel('Kata sandi').count()).toBe(1);
    await expectGoodPage(checked, 'sign-in-id');
    await checked.close();
  });

  it('switches to English with the control, and remembers it on the device', async () => {
    const checked = await openPage(browser, app);
    const { page } = checked;
    await page.goto('/');
    await languageControl(page, 'Bahasa').selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await languageControl(page, 'Language').inputValue()).toBe('en');
    await checked.close();
  });

  it('takes ?lang= on any page URL, and remembers that too', async () => {
    const checked = await openPage(browser, app);
    const { page } = checked;
    await page.goto('/?lang=en');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.goto('/coordinator?lang=id');
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    await page.goto('/');
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    await checked.close();
  });

  it('says a wrong password in the chosen language', async () => {
    const checked = await openPage(browser, app);
    const { page } = checked;
    await page.goto('/?lang=id');
    await page.getByRole('textbox', { name: 'Login' }).fill('demo.tutor');
    await page.getByLabel('Kata sandi').fill('salah');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Login atau kata sandi salah');
    await checked.close();
  });

  it('switches a signed-in page between the languages, navigation and Sign out included', async () => {
    const checked = await openPage(browser, app, DESKTOP);
    const { page } = checked;
    const coordinator = app.accounts['demo.coordinator'];
    await page.goto('/?lang=id');
    await page.getByRole('textbox', { name: 'Login' }).fill(coordinator.login);
    await page.getByLabel('Kata sandi').fill(coordinator.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Halaman koordinator' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Ringkasan', 'Tutor', 'UMKM', 'Penyeimbangan', 'Peringatan', 'Impor', 'Pengaturan']);
    await expect(page.getByRole('button', { name: 'Keluar' }).isVisible()).resolves.toBe(true);
    await expectGoodPage(checked, 'coordinator-home-id');

    await languageControl(page, 'Bahasa').selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Coordinator pages' }).getByRole('link', { name: 'SMEs' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
    expect(await page.title()).toBe('Overview · Kakak Asuh');
    await checked.close();
  });
});

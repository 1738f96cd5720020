import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { waitFor } from '../support/wait-for.js';
import { browserSuite } from './support/browser-suite.js';
import { DESKTOP, expectGoodPage, openPage } from './support/page-checks.js';

const languageControl = (page: Page, name: 'Bahasa' | 'Language') => page.getByRole('combobox', { name });

describe('Bahasa Indonesia first, English second, in the browser', () => {
  const suite = browserSuite();

  it('opens in Bahasa Indonesia, offering both languages by their own names', async () => {
    const checked = await openPage(suite);
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
    const checked = await openPage(suite);
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
    const checked = await openPage(suite);
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
    const checked = await openPage(suite);
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
    const checked = await openPage(suite, DESKTOP);
    const { page } = checked;
    const coordinator = suite.app.accounts['demo.coordinator'];
    await page.goto('/?lang=id');
    await page.getByRole('textbox', { name: 'Login' }).fill(coordinator.login);
    await page.getByLabel('Kata sandi').fill(coordinator.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Halaman koordinator' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Ringkasan', 'Tutor', 'UMKM', 'Penyeimbangan', 'Peringatan', 'Impor', 'Pengaturan']);
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    await expectGoodPage(checked, 'coordinator-home-id');

    await languageControl(page, 'Bahasa').selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('navigation', { name: 'Coordinator pages' }).getByRole('link', { name: 'SMEs' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await waitFor(async () => (await page.title()) === 'Overview · Kakak Asuh', 'the tab title in English');
    await checked.close();
  });
});

import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { browserSuite } from './support/browser-suite.js';
import { expectGoodPage, openPage, PHONE } from './support/page-checks.js';
import { apiAs, assignAsCoordinator, programToday, recordIdOf } from './support/program-api.js';
import { signInAs } from './support/sign-in.js';

/** The words of the tutor's page in each language. */
const WORDS = {
  en: { home: 'My SMEs', log: 'Log session', save: 'Save session', date: 'Date', duration: 'Duration (minutes)', topics: 'Topics', nextSteps: 'Next steps', sessions: 'My sessions', saved: 'Session saved' },
  id: { home: 'UMKM saya', log: 'Catat sesi', save: 'Simpan sesi', date: 'Tanggal', duration: 'Lama (menit)', topics: 'Topik', nextSteps: 'Langkah berikutnya', sessions: 'Sesi saya', saved: 'tersimpan' },
};

describe('the tutor at 375 px logs a session and sees it listed', () => {
  const suite = browserSuite();
  let business: string;
  let owner: string;

  beforeAll(async () => {
    // The demo tutor has a free seat; the coordinator gives it the demo's waiting SME, as the demo walk does.
    const { accounts } = suite.app;
    await assignAsCoordinator(suite.app, accounts['demo.tutor'], accounts['demo.sme']);
    const coordinator = await apiAs(suite.app, accounts['demo.coordinator']);
    ({ businessName: business, ownerName: owner } = await coordinator<{ businessName: string; ownerName: string }>('GET', `/api/smes/${recordIdOf(accounts['demo.sme'])}`));
  });

  // Business names repeat in a program; the owner's name tells the cards apart, as it does for the tutor.
  const cardOf = (page: Page): Locator => page.getByRole('article', { name: business }).filter({ hasText: owner });

  async function openTutorHome(language: 'en' | 'id') {
    const checked = await openPage(suite, PHONE);
    await signInAs(checked.page, suite.app.accounts['demo.tutor']);
    await checked.page.getByRole('heading', { level: 1, name: WORDS.en.home }).waitFor();
    if (language === 'id') {
      await checked.page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
      await checked.page.getByRole('heading', { level: 1, name: WORDS.id.home }).waitFor();
    }
    await cardOf(checked.page).waitFor();
    return checked;
  }

  it.each([
    ['en', 'Product photos', 'List five products with the new photos'],
    ['id', 'Pemasaran digital', 'Unggah tiga foto produk ke toko'],
  ] as const)('in %s: a card per SME, then date, duration, mode, topics, notes and next steps saved in a few taps', async (language, topic, nextSteps) => {
    const words = WORDS[language];
    const checked = await openTutorHome(language);
    const { page } = checked;
    const card = cardOf(page);
    expect(await card.getByRole('link', { name: 'WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\/628\d{8,12}$/);

    await card.getByRole('button', { name: words.log }).click();
    const form = page.getByRole('form');
    expect(await form.getByLabel(words.date).inputValue()).toBe(programToday());
    await form.getByRole('radio', { name: language === 'en' ? '45 min' : '45 menit' }).check();
    expect(await form.getByLabel(words.duration).inputValue()).toBe('45');
    expect(await form.getByRole('radio', { checked: true, name: language === 'en' ? 'Online' : 'Daring' }).count()).toBe(1);
    await form.getByRole('group', { name: words.topics }).getByRole('checkbox', { name: topic }).check();
    await form.getByLabel(words.nextSteps).fill(nextSteps);
    await form.getByRole('button', { name: words.save }).click();

    await page.getByRole('status').filter({ hasText: words.saved }).waitFor();
    const sessions = page.getByRole('region', { name: words.sessions });
    const logged = sessions.getByRole('listitem').filter({ hasText: nextSteps });
    await logged.waitFor();
    expect(await logged.textContent()).toContain(topic);
    expect(await logged.textContent()).toContain(`${business} (${owner})`);
    await expectGoodPage(checked, `tutor-home-${language}`);
    await checked.close();
  });

  it('says in words what to fix: no topic chosen, a date before the SME was assigned', async () => {
    const checked = await openTutorHome('en');
    const { page } = checked;
    await cardOf(page).getByRole('button', { name: 'Log session' }).click();
    const form = page.getByRole('form');
    await form.getByRole('button', { name: 'Save session' }).click();
    await form.getByText('Choose at least one topic.').waitFor();
    expect(await form.getByRole('group', { name: 'Topics' }).getAttribute('aria-invalid')).toBe('true');

    const yesterday = programToday('Asia/Jakarta', new Date(Date.now() - 24 * 3600 * 1000));
    await form.getByLabel('Date').fill(yesterday);
    await form.getByRole('checkbox', { name: 'Pricing' }).check();
    await form.getByRole('button', { name: 'Save session' }).click();
    await form.getByText('The date is before this SME was assigned to you.').waitFor();
    expect(await form.getByText('Choose at least one topic.').count()).toBe(0);
    await expectGoodPage(checked, 'tutor-session-form-problems');
    await checked.close();
  });

  it('a session that ends while the page is open sends the tutor to sign in, and back to the page afterwards', async () => {
    const checked = await openTutorHome('en');
    const { page, context } = checked;
    await context.clearCookies();
    await cardOf(page).getByRole('button', { name: 'Log session' }).click();
    await page.getByRole('checkbox', { name: 'Pricing' }).check();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    const tutor = suite.app.accounts['demo.tutor'];
    await page.getByRole('textbox', { name: 'Login' }).fill(tutor.login);
    await page.getByLabel('Password', { exact: true }).fill(tutor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My SMEs' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tutor');
    await checked.close();
  });
});

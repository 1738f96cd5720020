import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { waitFor } from '../support/wait-for.js';
import { toCsv } from '../support/csv.js';
import { aTutor } from '../support/factories.js';
import { browserSuite } from './support/browser-suite.js';
import { ENGLISH, previewRebalance } from './support/coordinator-flow.js';
import { DESKTOP, expectGoodPage, openPage } from './support/page-checks.js';
import { signInAs } from './support/sign-in.js';

const pathOf = (page: Page) => new URL(page.url()).pathname;
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Coordinator pages' }).getByRole('link', { name, exact: true });

describe('the coordinator pages beyond the main flow, in the browser', () => {
  const suite = browserSuite();

  async function signedIn() {
    const checked = await openPage(suite, DESKTOP);
    await signInAs(checked.page, suite.app.accounts['demo.coordinator']);
    await checked.page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    return checked;
  }

  it('says a plan is stale when assignments changed after it was made, and applies nothing', async () => {
    const checked = await signedIn();
    const { page } = checked;
    await previewRebalance(page, ENGLISH);
    await page.getByRole('button', { name: 'Apply plan' }).waitFor();
    const active = (await (await page.request.get('/api/assignments?active=true&limit=1')).json()) as { items: { id: string }[] };
    expect((await page.request.post(`/api/assignments/${active.items[0].id}/end`, { data: { reason: 'manual' } })).status()).toBe(200);
    await page.getByRole('button', { name: 'Apply plan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Assignments changed since this plan was made' }).waitFor();
    const runId = pathOf(page).split('/').pop();
    const run = (await (await page.request.get(`/api/rebalances/${runId}`)).json()) as { applied: boolean };
    expect(run.applied).toBe(false);
    await expectGoodPage(checked, 'coordinator-stale-plan');
    await checked.close();
  });

  it('shows each bad row of an import by row, field and problem in words, and offers the exports', async () => {
    const checked = await signedIn();
    const { page } = checked;
    await nav(page, 'Imports').click();
    const csv = toCsv([aTutor({ name: 'Good Row' }), aTutor({ phone: 'not a phone' })]);
    await page.getByLabel('Tutors CSV').setInputFiles({ name: 'tutors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Row', 'Field', 'Problem']);
    expect(await table.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['3', 'phone', 'The value does not have the expected form.']);
    expect(await page.getByRole('link', { name: 'Download assignments CSV' }).getAttribute('href')).toBe('/api/exports/assignments.csv');
    const found = (await (await page.request.get('/api/tutors?q=Good%20Row')).json()) as { items: unknown[] };
    expect(found.items).toEqual([]);
    await expectGoodPage(checked, 'coordinator-imports');
    await checked.close();
  });

  it('acknowledges and resolves a flag with a note', async () => {
    const checked = await signedIn();
    const { page } = checked;
    // Course progress makes the tracking job evaluate those SMEs; the seeded pairs without recent sessions are flagged.
    const mentored = (await (await page.request.get('/api/smes?status=mentoring&limit=100')).json()) as { items: { id: string }[] };
    await page.request.post('/api/course-progress', { data: mentored.items.map((sme) => ({ smeId: sme.id, courseCode: 'PHOTO-201', progressPercent: 5 })) });
    await waitFor(async () => ((await (await page.request.get('/api/flags?status=open&limit=1')).json()) as { items: unknown[] }).items.length > 0, 'flags to open');
    await nav(page, 'Flags').click();
    await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Mentoring stalled' });
    const cards = page.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Note for this flag' }) });
    // The list first shows every type, then the chosen one: act only once it shows the chosen type alone.
    await waitFor(async () => {
      const texts = await cards.allTextContents();
      return texts.length > 0 && texts.every((text) => text.includes('Mentoring stalled'));
    }, 'the list of stalled mentoring flags');
    // Pinned to its SME, so flags that open meanwhile cannot take its place in the list.
    const smeHref = await cards.first().getByRole('link').first().getAttribute('href');
    const card = cards.filter({ has: page.locator(`a[href="${smeHref}"]`) });
    await card.getByRole('textbox', { name: 'Note for this flag' }).fill('Called the tutor; a visit is planned');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByRole('status').filter({ hasText: 'Flag updated: Acknowledged.' }).waitFor();
    // The reason in the page's words, its date in the page's format, not the API's sentence.
    expect(await card.textContent()).toMatch(/no session logged for \d+ days \((last|assigned) on \d{1,2} [A-Z][a-z]{2} \d{4}\)/);
    await expectGoodPage(checked, 'coordinator-flags');
    await card.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('status').filter({ hasText: 'Flag updated: Resolved.' }).waitFor();
    const resolved = (await (await page.request.get('/api/flags?status=resolved&type=MENTORING_STALLED&limit=100')).json()) as { items: { note: string }[] };
    expect(resolved.items.map((f) => f.note)).toContain('Called the tutor; a visit is planned');
    await checked.close();
  });

  it('narrows the SME list to a province and one of its regencies, and a new province clears the regency', async () => {
    const checked = await signedIn();
    const { page } = checked;
    const [sme] = ((await (await page.request.get('/api/smes?limit=1')).json()) as { items: { provinceCode: string; regencyCode: string; regencyName: string; provinceName: string }[] }).items;
    await nav(page, 'SMEs').click();
    await page.getByRole('combobox', { name: 'Province' }).selectOption(sme.provinceCode);
    const regency = page.getByRole('combobox', { name: 'Regency' });
    await regency.selectOption(sme.regencyCode);
    const places = page.getByRole('table').locator('tbody tr td:nth-child(2)');
    const listShows = (what: string, fits: (place: string) => boolean) =>
      waitFor(async () => {
        const shown = await places.allTextContents();
        return shown.length > 0 && shown.every(fits);
      }, what);
    await listShows('the list to hold only SMEs of the chosen regency', (place) => place === `${sme.regencyName}, ${sme.provinceName}`);
    const other = ((await (await page.request.get('/api/regions')).json()) as { code: string; name: string }[]).find((province) => province.code === (sme.provinceCode === '32' ? '33' : '32'))!;
    await page.getByRole('combobox', { name: 'Province' }).selectOption(other.code);
    await listShows('the list to hold the SMEs of the whole new province', (place) => place.endsWith(`, ${other.name}`));
    expect(await regency.inputValue()).toBe('');
    await checked.close();
  });

  it('finds a tutor by name and category and shows its page; the settings page labels and refuses each field in words', async () => {
    const checked = await signedIn();
    const { page } = checked;
    const tutorName = suite.app.accounts['demo.tutor'].note.split(',')[0];
    await nav(page, 'Tutors').click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(tutorName);
    const row = page.getByRole('table').locator('tbody tr').filter({ hasText: tutorName });
    await row.waitFor();
    const [found] = ((await (await page.request.get(`/api/tutors?q=${encodeURIComponent(tutorName)}`)).json()) as { items: { categories: string[] }[] }).items;
    const category = page.getByRole('combobox', { name: 'Category' });
    await category.selectOption(found.categories[0]);
    await row.waitFor();
    await category.selectOption(['fashion', 'food_beverage', 'beauty', 'handicraft', 'home_living', 'electronics', 'agriculture', 'health', 'services', 'other'].find((c) => !found.categories.includes(c))!);
    await page.getByText('Nothing matches these filters.').waitFor();
    await category.selectOption('');
    await row.waitFor();
    await expectGoodPage(checked, 'coordinator-tutors');
    await page.getByRole('link', { name: tutorName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: tutorName }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Current SMEs' }).waitFor();
    await expectGoodPage(checked, 'coordinator-tutor');
    await nav(page, 'Settings').click();
    const field = page.getByRole('textbox', { name: 'Days without a session before mentoring is flagged as stalled' });
    await field.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a whole number of days from 1 to 365.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Lowest online stage to graduate' }).inputValue()).toBe('products_listed');
    await field.fill('21');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await expectGoodPage(checked, 'coordinator-settings');
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
    await page.getByRole('textbox', { name: 'Hari tanpa sesi sebelum pendampingan ditandai macet' }).waitFor();
    await expectGoodPage(checked, 'coordinator-settings-id');
    await checked.close();
  });

  it('sends a coordinator whose session ended to sign in, then back to the page they were on', async () => {
    const checked = await signedIn();
    const { page, context } = checked;
    await nav(page, 'SMEs').click();
    await page.getByRole('heading', { level: 1, name: 'SMEs' }).waitFor();
    await context.clearCookies();
    await nav(page, 'Tutors').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pathOf(page)).toBe('/');
    const account = suite.app.accounts['demo.coordinator'];
    await page.getByRole('textbox', { name: 'Login' }).fill(account.login);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tutors' }).waitFor();
    expect(pathOf(page)).toBe('/coordinator/tutors');
    await checked.close();
  });
});

import { describe, expect, it } from '@jest/globals';
import { browserSuite } from './support/browser-suite.js';
import { expectGoodPage, openPage, PHONE } from './support/page-checks.js';
import { apiAs, assignAsCoordinator, programToday, recordIdOf, recordNameOf } from './support/program-api.js';
import { signInAs } from './support/sign-in.js';

const COURSE_TITLES = ['Digital marketing basics', 'Setting up an online store', 'Product photography with a phone'];

describe('the SME at 375 px sees its mentor, its courses and its sessions', () => {
  const suite = browserSuite();

  async function openSmeHome(login: string) {
    const checked = await openPage(suite, PHONE);
    await signInAs(checked.page, suite.app.accounts[login]);
    await checked.page.getByRole('heading', { level: 1, name: 'My mentoring' }).waitFor();
    return checked;
  }

  it('an SME without a mentor is told in plain words that one will be chosen, in both languages', async () => {
    const checked = await openSmeHome('demo.sme');
    const { page } = checked;
    const mentor = page.getByRole('region', { name: 'My mentor' });
    await mentor.getByText('You do not have a mentor yet. Please wait: we will choose a mentor for you soon.').waitFor();
    expect(await mentor.getByRole('link', { name: 'WhatsApp' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
    await page.getByRole('region', { name: 'Mentor saya' }).getByText('Anda belum punya mentor.', { exact: false }).waitFor();
    await expectGoodPage(checked, 'sme-no-mentor');
    await checked.close();
  });

  it("in English: the mentor's name, store and region by name, and one progress bar per course", async () => {
    const account = suite.app.accounts['demo.sme.mentored'];
    const coordinator = await apiAs(suite.app, suite.app.accounts['demo.coordinator']);
    const sme = await coordinator<{ currentTutorId: string }>('GET', `/api/smes/${recordIdOf(account)}`);
    const tutor = await coordinator<{ name: string; storeName: string; regencyCode: string; regencyName: string }>('GET', `/api/tutors/${sme.currentTutorId}`);

    const checked = await openSmeHome(account.login);
    const { page } = checked;
    const mentor = page.getByRole('region', { name: 'My mentor' });
    await mentor.getByText(tutor.name, { exact: true }).waitFor();
    await mentor.getByText(tutor.storeName, { exact: true }).waitFor();
    expect(await mentor.textContent()).toContain(tutor.regencyName);
    expect(await mentor.textContent()).not.toContain(tutor.regencyCode);
    expect(await mentor.getByRole('link', { name: 'WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\/628\d{8,12}$/);

    const courses = page.getByRole('region', { name: 'My courses' });
    for (const title of COURSE_TITLES) await courses.getByRole('progressbar', { name: title }).waitFor();
    expect(await courses.getByRole('progressbar').count()).toBe(COURSE_TITLES.length);
    await expectGoodPage(checked, 'sme-home-en');
    await checked.close();
  });

  it("in Bahasa Indonesia: once assigned, the mentor and the session the mentor logged, with its topics and next steps", async () => {
    const { accounts } = suite.app;
    await assignAsCoordinator(suite.app, accounts['demo.tutor'], accounts['demo.sme']);
    const tutor = await apiAs(suite.app, accounts['demo.tutor']);
    const nextSteps = 'Foto lima produk dengan cahaya siang';
    await tutor('POST', '/api/sessions', { smeId: recordIdOf(accounts['demo.sme']), date: programToday(), durationMinutes: 45, mode: 'online', topics: ['product_photos', 'pricing'], nextSteps });

    const checked = await openSmeHome('demo.sme');
    const { page } = checked;
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
    await page.getByRole('heading', { level: 1, name: 'Pendampingan saya' }).waitFor();
    await page.getByRole('region', { name: 'Mentor saya' }).getByText(recordNameOf(accounts['demo.tutor']), { exact: true }).waitFor();
    for (const title of COURSE_TITLES) await page.getByRole('region', { name: 'Kursus saya' }).getByRole('progressbar', { name: title }).waitFor();
    const session = page.getByRole('region', { name: 'Sesi saya' }).getByRole('listitem').filter({ hasText: nextSteps });
    await session.waitFor();
    expect(await session.textContent()).toContain('Topik: Foto produk, Menentukan harga');
    await expectGoodPage(checked, 'sme-home-id');
    await checked.close();
  });
});

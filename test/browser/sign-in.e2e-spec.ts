import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserSuite } from './support/browser-suite.js';
import { DESKTOP, expectGoodPage, openPage, PHONE } from './support/page-checks.js';
import { signInAs } from './support/sign-in.js';

const COORDINATOR_LINKS = ['Overview', 'Tutors', 'SMEs', 'Rebalances', 'Flags', 'Imports', 'Settings'];

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('signing in, roles and signing out, in the browser', () => {
  const suite = browserSuite();
  const account = (login: string) => suite.app.accounts[login];

  it('shows the sign-in page at /', async () => {
    const checked = await openPage(suite);
    await checked.page.goto('/?lang=en');
    await checked.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectGoodPage(checked, 'sign-in');
    await checked.close();
  });

  it('takes the coordinator to the overview, with the navigation of the seven coordinator pages', async () => {
    const checked = await openPage(suite, DESKTOP);
    const { page } = checked;
    await signInAs(page, account('demo.coordinator'));
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(pathOf(page)).toBe('/coordinator');
    const nav = page.getByRole('navigation', { name: 'Coordinator pages' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(COORDINATOR_LINKS);
    await nav.getByRole('link', { name: 'SMEs' }).click();
    await page.getByRole('heading', { level: 1, name: 'SMEs' }).waitFor();
    expect(pathOf(page)).toBe('/coordinator/smes');
    // A navigation inside the app moves focus to the new page's heading.
    await page.locator('h1:focus', { hasText: 'SMEs' }).waitFor();
    await expectGoodPage(checked, 'coordinator-smes-placeholder');
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expectGoodPage(checked, 'coordinator-home');
    await checked.close();
  });

  it.each([
    ['demo.tutor', '/tutor', 'My SMEs', 'tutor-home'],
    ['demo.sme', '/sme', 'My mentoring', 'sme-home'],
  ])('takes %s to %s on a phone', async (login, home, heading, screenshot) => {
    const checked = await openPage(suite, PHONE);
    await signInAs(checked.page, account(login));
    await checked.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(pathOf(checked.page)).toBe(home);
    await checked.page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectGoodPage(checked, screenshot);
    await checked.close();
  });

  it('says so in an alert when the password is wrong, and stays on sign-in', async () => {
    const checked = await openPage(suite);
    await signInAs(checked.page, { login: 'demo.coordinator', password: 'not-the-password' });
    const alert = checked.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Wrong login or password');
    expect(pathOf(checked.page)).toBe('/');
    await expectGoodPage(checked, 'sign-in-wrong-password');
    await checked.close();
  });

  it.each([
    ['demo.tutor', '/coordinator/flags', '/tutor'],
    ['demo.sme', '/tutor', '/sme'],
    ['demo.coordinator', '/sme', '/coordinator'],
  ])("sends %s from another role's page %s to their own home %s", async (login, other, home) => {
    const checked = await openPage(suite);
    await signInAs(checked.page, account(login));
    await checked.page.waitForURL((url) => url.pathname === home);
    await checked.page.goto(`${other}?lang=en`);
    await checked.page.waitForURL((url) => url.pathname === home);
    await checked.page.getByRole('heading', { level: 1 }).waitFor();
    expect(checked.consoleErrors).toEqual([]);
    await checked.close();
  });

  it('sends a signed-out person to sign in, then back to the page they asked for', async () => {
    const checked = await openPage(suite, DESKTOP);
    const { page } = checked;
    await page.goto('/coordinator/rebalances?lang=en');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pathOf(page)).toBe('/');
    await page.getByRole('textbox', { name: 'Login' }).fill(account('demo.coordinator').login);
    await page.getByLabel('Password', { exact: true }).fill(account('demo.coordinator').password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rebalances' }).waitFor();
    expect(pathOf(page)).toBe('/coordinator/rebalances');
    await checked.close();
  });

  it('treats an invalid or expired session cookie as signed out', async () => {
    const checked = await openPage(suite);
    await checked.context.addCookies([{ name: 'kakak_asuh_session', value: 'expired.or.forged', url: suite.app.baseUrl }]);
    await checked.page.goto('/tutor?lang=en');
    await checked.page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pathOf(checked.page)).toBe('/');
    expect(checked.consoleErrors).toEqual([]);
    await checked.close();
  });

  it('forgets the session on Sign out: the cookie is gone and a protected page goes back to sign-in', async () => {
    const checked = await openPage(suite, DESKTOP);
    const { page, context } = checked;
    await signInAs(page, account('demo.coordinator'));
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const session = (await context.cookies()).find((c) => c.name === 'kakak_asuh_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate<string>('document.cookie')).not.toContain('kakak_asuh_session');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pathOf(page)).toBe('/');
    expect((await context.cookies()).map((c) => c.name)).not.toContain('kakak_asuh_session');

    await page.goto('/coordinator/settings');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pathOf(page)).toBe('/');
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
    expect(checked.consoleErrors).toEqual([]);
    await checked.close();
  });
});

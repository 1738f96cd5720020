import { describe, expect, it } from '@jest/globals';
import { browserSuite } from './support/browser-suite.js';
import { expectGoodPage, openPage, PHONE } from './support/page-checks.js';
import { assignAsCoordinator } from './support/program-api.js';
import { signInAs } from './support/sign-in.js';

describe('every role reads its notifications at 375 px', () => {
  const suite = browserSuite();

  it('an SME told of its new mentor finds the message from the header, in its own language, and marks it read', async () => {
    const { accounts } = suite.app;
    await assignAsCoordinator(suite.app, accounts['demo.tutor'], accounts['demo.sme']);

    const checked = await openPage(suite, PHONE);
    const { page } = checked;
    await signInAs(page, accounts['demo.sme']);
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const message = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Kakak asuh Anda/ }) });
    await message.getByText(/Kakak asuh Anda sekarang .+ dari toko/).waitFor();
    await expectGoodPage(checked, 'notifications-sme');

    // The list's reload after the mark is held back: the message must show read without it.
    let releaseList: () => void = () => undefined;
    const listHeld = new Promise<void>((resolve) => (releaseList = resolve));
    await page.route('**/api/me/notifications?*', async (route) => {
      await listHeld;
      await route.continue();
    });
    await message.getByRole('button', { name: 'Mark as read' }).click();
    await message.getByRole('button').waitFor({ state: 'detached' });
    await message.getByText(/· New/).waitFor({ state: 'detached' });
    releaseList();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
    await page.getByRole('heading', { level: 1, name: 'Pemberitahuan' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tandai sudah dibaca' }).count()).toBe(0);
    await checked.close();
  });

  it('a coordinator with no message yet is told so', async () => {
    const checked = await openPage(suite, PHONE);
    const { page } = checked;
    await signInAs(page, suite.app.accounts['demo.coordinator']);
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.getByText('No notifications yet.').waitFor();
    await expectGoodPage(checked, 'notifications-empty');
    await checked.close();
  });
});

import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserSuite } from './support/browser-suite.js';
import { ENGLISH, previewRebalance, type FlowWords } from './support/coordinator-flow.js';
import { DESKTOP, expectGoodPage, openPage } from './support/page-checks.js';
import { signInAs } from './support/sign-in.js';

const INDONESIAN: FlowWords = {
  smes: 'UMKM',
  unassignedOnly: 'Hanya yang belum punya tutor',
  assignTutor: 'Tugaskan tutor',
  assign: 'Tugaskan',
  endAssignment: 'Akhiri penugasan',
  rebalances: 'Penyeimbangan',
  previewRebalance: 'Pratinjau penyeimbangan',
  progress: 'Kemajuan penyeimbangan',
  changes: 'Perubahan',
  why: 'Alasan',
  changeLead: /^(Dipasangkan|Dipindah|Diakhiri): /,
  applyPlan: 'Terapkan rencana',
  applied: 'Rencana sudah diterapkan.',
};

/** From the SMEs list, unassigned only, to an SME's page; then a tutor from the dialog. */
async function assignFromDialog(page: Page, words: FlowWords, sme: { name: string; id?: string }, screenshots: string, check: (name: string) => Promise<void>) {
  await page.getByRole('navigation').getByRole('link', { name: words.smes, exact: true }).click();
  await page.getByRole('checkbox', { name: words.unassignedOnly }).check();
  await page.getByRole('searchbox').fill(sme.name);
  // Two businesses may share a name; the link's address tells them apart.
  const link = page.getByRole('link', { name: sme.name, exact: true }).and(page.locator(sme.id ? `[href="/coordinator/smes/${sme.id}"]` : 'a'));
  await link.waitFor();
  await check(`${screenshots}-smes`);
  const businessName = (await link.textContent())!;
  await link.click();
  await page.getByRole('heading', { level: 1, name: businessName }).waitFor();
  await page.getByRole('button', { name: words.assignTutor }).click();
  const dialog = page.getByRole('dialog', { name: words.assignTutor });
  await dialog.getByRole('button', { name: words.assign, exact: true }).first().waitFor();
  await check(`${screenshots}-assign`);
  await dialog.getByRole('button', { name: words.assign, exact: true }).first().click();
  await page.getByRole('button', { name: words.endAssignment }).waitFor();
  expect(await dialog.isVisible()).toBe(false);
  return businessName;
}

async function rebalanceAndApply(page: Page, words: FlowWords, screenshots: string, check: (name: string) => Promise<void>, expectChanges: boolean) {
  const seen = await previewRebalance(page, words);
  expect(seen[seen.length - 1]).toBe(100);
  const changes = page.getByRole('table');
  await page.getByRole('heading', { name: words.changes }).waitFor();
  await changes.getByRole('columnheader', { name: words.why }).waitFor();
  const reasons = await changes.locator('tbody tr td:last-child').allTextContents();
  if (expectChanges) expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) expect(reason).toMatch(words.changeLead);
  await check(`${screenshots}-rebalance`);
  await page.getByRole('button', { name: words.applyPlan }).click();
  await page.getByRole('status').filter({ hasText: words.applied }).waitFor();
  expect(await page.getByRole('button', { name: words.applyPlan }).count()).toBe(0);
}

describe('the coordinator assigns a tutor and applies a rebalance, in the browser', () => {
  const suite = browserSuite();

  it('in English: overview, an unassigned SME, a tutor from the dialog, a previewed rebalance applied', async () => {
    const checked = await openPage(suite, DESKTOP);
    const { page } = checked;
    const check = (name: string) => expectGoodPage(checked, name);
    await signInAs(page, suite.app.accounts['demo.coordinator']);
    for (const heading of ['Tutors by load', 'Coverage by province', 'Open flags', 'Course completion']) await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    await page.getByText(/^Figures as of .*\d\d[:.]\d\d/).waitFor();
    const papua = page.getByRole('list', { name: 'Coverage by province' }).getByRole('listitem').filter({ hasText: 'Papua Pegunungan' });
    expect(await page.getByRole('list', { name: 'Coverage by province' }).getByRole('listitem').count()).toBe(38);
    await papua.waitFor();
    await check('coordinator-overview');
    const waiting = suite.app.accounts['demo.sme'].note.split(',')[0];
    expect(await assignFromDialog(page, ENGLISH, { name: waiting }, 'coordinator-en', check)).toBe(waiting);
    await rebalanceAndApply(page, ENGLISH, 'coordinator-en', check, true);
    await checked.close();
  });

  it('in Bahasa Indonesia, switched with the language control: the same flow', async () => {
    const checked = await openPage(suite, DESKTOP);
    const { page } = checked;
    const check = (name: string) => expectGoodPage(checked, name);
    await signInAs(page, suite.app.accounts['demo.coordinator']);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
    await page.getByRole('heading', { level: 2, name: 'Tutor menurut beban' }).waitFor();
    // The first flow seated every SME it could; ending a pair gives an SME waiting with a tutor that has a free seat.
    const active = (await (await page.request.get('/api/assignments?active=true&limit=1')).json()) as { items: { id: string; smeId: string }[] };
    expect((await page.request.post(`/api/assignments/${active.items[0].id}/end`, { data: { reason: 'manual' } })).status()).toBe(200);
    const sme = (await (await page.request.get(`/api/smes/${active.items[0].smeId}`)).json()) as { businessName: string };
    await assignFromDialog(page, INDONESIAN, { name: sme.businessName, id: active.items[0].smeId }, 'coordinator-id', check);
    await rebalanceAndApply(page, INDONESIAN, 'coordinator-id', check, false);
    await checked.close();
  });
});

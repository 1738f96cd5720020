import type { Page } from 'playwright-core';
import { waitFor } from '../../support/wait-for.js';

/** Words of the coordinator's flow in one language, as the pages show them. */
export interface FlowWords {
  smes: string;
  unassignedOnly: string;
  assignTutor: string;
  assign: string;
  endAssignment: string;
  rebalances: string;
  previewRebalance: string;
  progress: string;
  changes: string;
  why: string;
  /** How a change's reason opens in this language (not the API's English sentence). */
  changeLead: RegExp;
  applyPlan: string;
  applied: string;
}

export const ENGLISH: FlowWords = {
  smes: 'SMEs',
  unassignedOnly: 'Unassigned only',
  assignTutor: 'Assign tutor',
  assign: 'Assign',
  endAssignment: 'End assignment',
  rebalances: 'Rebalances',
  previewRebalance: 'Preview rebalance',
  progress: 'Rebalance progress',
  changes: 'Changes',
  why: 'Why',
  changeLead: /^(Assigned|Moved|Ended): /,
  applyPlan: 'Apply plan',
  applied: 'The plan is applied.',
};

/** The run's progress bar value, read from the page (the CSP forbids waitForFunction with a string). */
export const progressOf = (page: Page, name: string) => page.getByRole('progressbar', { name }).evaluate((bar) => Number((bar as unknown as { value: number }).value));

/** Previews a rebalance of the whole program and waits, by polling the bar, until its progress reaches 100. */
export async function previewRebalance(page: Page, words: FlowWords): Promise<number[]> {
  await page.getByRole('navigation').getByRole('link', { name: words.rebalances }).click();
  await page.getByRole('button', { name: words.previewRebalance }).click();
  const seen: number[] = [];
  await waitFor(
    async () => {
      const value = await progressOf(page, words.progress).catch(() => -1);
      if (value >= 0 && seen[seen.length - 1] !== value) seen.push(value);
      return value === 100;
    },
    'the rebalance progress to reach 100',
    60_000,
  );
  return seen;
}

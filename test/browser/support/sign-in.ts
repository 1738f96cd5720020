import type { Page } from 'playwright-core';
import type { DemoAccount } from './served-app.js';

/** Signs in from `/` in English, as a person does: Login, Password, Sign in. */
export async function signInAs(page: Page, account: Pick<DemoAccount, 'login' | 'password'>, path = '/?lang=en'): Promise<void> {
  await page.goto(path);
  await page.getByRole('textbox', { name: 'Login' }).fill(account.login);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

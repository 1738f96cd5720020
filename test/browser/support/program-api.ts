import type { DemoAccount, ServedApp } from './served-app.js';

export type ApiCall = <T>(method: 'GET' | 'POST', path: string, json?: unknown) => Promise<T>;

/** The id of the tutor or SME record a demo account is linked to, as the seed's note prints it. */
export function recordIdOf(account: DemoAccount): string {
  const id = /\b(?:tutor|SME) ([0-9a-f-]{36})\b/.exec(account.note)?.[1];
  if (!id) throw new Error(`No record id in the note of ${account.login}: ${account.note}`);
  return id;
}

/** The name of the record (tutor name or business name), as the seed's note begins. */
export const recordNameOf = (account: DemoAccount): string => account.note.replace(/, (?:tutor|SME) [0-9a-f-]{36}.*$/, '');

/** Calls the served API as a demo account would (Bearer token), to arrange what a page test starts from. */
export async function apiAs(app: ServedApp, account: DemoAccount): Promise<ApiCall> {
  const login = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  if (!login.ok) throw new Error(`${account.login} cannot sign in: ${login.status} ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(method: 'GET' | 'POST', path: string, json?: unknown): Promise<T> => {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/** The coordinator assigns the demo SME to the demo tutor, as a coordinator does from the SME's page. */
export async function assignAsCoordinator(app: ServedApp, tutor: DemoAccount, sme: DemoAccount): Promise<void> {
  const coordinator = await apiAs(app, app.accounts['demo.coordinator']);
  await coordinator('POST', '/api/assignments', { tutorId: recordIdOf(tutor), smeId: recordIdOf(sme) });
}

/** Today (`YYYY-MM-DD`) in the program's time zone, as the session form fills it in. */
export function programToday(timeZone = 'Asia/Jakarta', now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

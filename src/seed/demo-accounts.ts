import { DataSource, In } from 'typeorm';
import { Account } from '../auth/account.entity.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';

export interface DemoAccount {
  login: string;
  password: string;
  role: Account['role'];
  note: string;
}

/** The demo's sign-ins; their records are chosen when the program is seeded. */
export const DEMO_LOGINS = {
  coordinator: { login: 'demo.coordinator', password: 'kakak-asuh-coordinator', role: 'coordinator' },
  tutor: { login: 'demo.tutor', password: 'kakak-asuh-tutor', role: 'tutor' },
  sme: { login: 'demo.sme', password: 'kakak-asuh-sme', role: 'sme' },
  mentoredSme: { login: 'demo.sme.mentored', password: 'kakak-asuh-sme', role: 'sme' },
} as const;

const NOTES: Record<string, (name: string, id: string) => string> = {
  [DEMO_LOGINS.coordinator.login]: () => 'runs the program',
  [DEMO_LOGINS.tutor.login]: (name, id) => `${name}, tutor ${id}, has a free seat`,
  [DEMO_LOGINS.sme.login]: (name, id) => `${name}, SME ${id}, waits for a mentor`,
  [DEMO_LOGINS.mentoredSme.login]: (name, id) => `${name}, SME ${id}, already mentored`,
};

/** The demo accounts as stored, with the ids and names of their records: printed on every demo start. */
export async function storedDemoAccounts(dataSource: DataSource): Promise<DemoAccount[]> {
  const logins = Object.values(DEMO_LOGINS);
  const accounts = await dataSource.getRepository(Account).findBy({ login: In(logins.map((l) => l.login)) });
  const tutors = await dataSource.getRepository(Tutor).findBy({ id: In(accounts.flatMap((a) => (a.tutorId ? [a.tutorId] : []))) });
  const smes = await dataSource.getRepository(Sme).findBy({ id: In(accounts.flatMap((a) => (a.smeId ? [a.smeId] : []))) });
  return logins.flatMap(({ login, password, role }) => {
    const account = accounts.find((a) => a.login === login);
    if (!account) return [];
    const record = tutors.find((t) => t.id === account.tutorId) ?? smes.find((s) => s.id === account.smeId);
    const name = record ? ('businessName' in record ? record.businessName : record.name) : '';
    return [{ login, password, role, note: NOTES[login](name, record?.id ?? '') }];
  });
}

export function printDemoAccounts(accounts: DemoAccount[]): void {
  console.log('Demo accounts (sign in with POST /api/auth/login, or at /docs):');
  for (const a of accounts) console.log(`  ${a.role.padEnd(12)} login ${a.login.padEnd(18)} password ${a.password.padEnd(24)} ${a.note}`);
}

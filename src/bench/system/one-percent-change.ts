import type { DataSource } from 'typeorm';
import { type ApiClient, inParallel } from './api-client.js';

type SmeRow = { id: string; businessName: string; ownerName: string; phone: string; regencyCode: string; category: string; languages: string | string[]; internetAccess: string; digitalLiteracy: number; onlineStage: string };

const languagesOf = (value: string | string[]) => (typeof value === 'string' ? (JSON.parse(value) as string[]) : value);

/**
 * The bench's 1% change, made through the API with ten requests at a time: 0.5% of the SMEs
 * graduate (mentored ones), 0.5% more enrol (copies of other SMEs' profiles), 0.5% of the tutors
 * leave. The database only chooses whom, by id order, so every run changes the same records.
 */
export async function onePercentChange(dataSource: DataSource, coordinator: ApiClient): Promise<{ graduated: number; enrolled: number; left: number }> {
  const [{ smes, tutors }] = await dataSource.query(`SELECT (SELECT COUNT(*) FROM sme) AS smes, (SELECT COUNT(*) FROM tutor) AS tutors`);
  const share = (count: number) => Math.max(1, Math.round(Number(count) * 0.005));
  const graduating: { id: string }[] = await dataSource.query(`SELECT id FROM sme WHERE "status" = 'mentoring' ORDER BY id LIMIT ${share(smes)}`);
  const profiles: SmeRow[] = await dataSource.query(
    `SELECT id, "businessName", "ownerName", phone, "regencyCode", category, languages, "internetAccess", "digitalLiteracy", "onlineStage" FROM sme ORDER BY id DESC LIMIT ${share(smes)}`,
  );
  const leaving: { id: string }[] = await dataSource.query(`SELECT id FROM tutor WHERE "status" = 'active' ORDER BY id LIMIT ${share(tutors)}`);
  await inParallel(graduating, 10, (s) => coordinator.call('PATCH', `/api/smes/${s.id}`, { status: 'graduated' }));
  await inParallel(profiles, 10, ({ id: _id, languages, ...profile }) => coordinator.call('POST', '/api/smes', { ...profile, languages: languagesOf(languages) }));
  await inParallel(leaving, 10, (t) => coordinator.call('PATCH', `/api/tutors/${t.id}`, { status: 'inactive' }));
  return { graduated: graduating.length, enrolled: profiles.length, left: leaving.length };
}

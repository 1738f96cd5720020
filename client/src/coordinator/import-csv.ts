import { apiErrorFrom } from '../api/api-error';
import type { ImportRowError } from './coordinator-types';

export type ImportOutcome = { created: number } | { errors: ImportRowError[] };

/** POSTs a CSV file; a refused file answers its row problems (the 400's `errors`), any other failure throws. */
export async function importCsv(kind: 'tutors' | 'smes', file: File): Promise<ImportOutcome> {
  const response = await fetch(`/api/imports/${kind}`, { method: 'POST', headers: { 'Content-Type': 'text/csv', Accept: 'application/json' }, body: file, credentials: 'same-origin' });
  const body = (await response.json().catch(() => undefined)) as { created?: number; errors?: ImportRowError[] } | undefined;
  if (response.ok) return { created: body?.created ?? 0 };
  if (response.status === 400 && Array.isArray(body?.errors)) return { errors: body.errors };
  throw apiErrorFrom(response.status, body);
}

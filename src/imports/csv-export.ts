import type { Page } from '../common/pagination.js';

/** A cell a spreadsheet would run as a formula begins with one of these; a leading `'` makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;
const EXPORT_PAGE = 1000;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

export function csvCell(value: unknown): string {
  const raw = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join('|') : value === null || value === undefined ? '' : String(value);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header, then the rows of every page in the list's own order, a page at a time so a national export never sits in memory whole. */
export async function* csvOfPages<T>(columns: CsvColumn<T>[], pageAfter: (cursor: string | undefined, limit: number) => Promise<Page<T>>): AsyncGenerator<string> {
  yield `${columns.map((c) => c.header).join(',')}\n`;
  let cursor: string | undefined;
  do {
    const page = await pageAfter(cursor, EXPORT_PAGE);
    if (page.items.length > 0) yield page.items.map((row) => columns.map((c) => csvCell(c.value(row))).join(',')).join('\n') + '\n';
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Columns that read one field each, by name. */
export const fieldColumns = <T>(fields: readonly (keyof T & string)[]): CsvColumn<T>[] => fields.map((field) => ({ header: field, value: (row: T) => row[field] }));

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** `50%_off` → `%50\%\_off%`: the text is matched as written, its LIKE wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Narrows a list to the rows whose name contains `q`, ignoring case, on SQLite and PostgreSQL alike. */
export function whereNameContains<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, q: string | undefined): void {
  if (q) query.andWhere(`LOWER(${column}) LIKE :q ESCAPE '\\'`, { q: containsPattern(q) });
}

/** A CSV as docs/api.md has it: a header of the POST body's field names, array values joined by `|`, empty cells for absent fields. */
export function toCsv(rows: object[]): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => (value === undefined ? '' : Array.isArray(value) ? value.join('|') : String(value));
  const lines = rows.map((row) => header.map((field) => cell((row as Record<string, unknown>)[field])).join(','));
  return [header.join(','), ...lines].join('\n') + '\n';
}

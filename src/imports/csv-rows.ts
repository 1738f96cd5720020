import { parse } from 'csv-parse/sync';

export interface CsvRowError {
  row: number;
  field: string;
  code: string;
}

export type FieldKind = 'string' | 'number' | 'integer' | 'list' | 'boolean';

export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

/**
 * Parses a CSV whose header names the JSON fields of a POST body. Empty cells are absent fields,
 * list fields split on `|`, number fields become numbers. Rows are numbered as a spreadsheet shows
 * them: the header is row 1.
 */
export function readCsvObjects(text: string, kinds: Record<string, FieldKind>): { rows: { row: number; value: Record<string, unknown> }[]; errors: CsvRowError[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: false, trim: true });
  } catch (error) {
    throw new CsvFormatError(`CSV could not be read: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new CsvFormatError('CSV is empty: a header row is required');
  const [header, ...body] = records;
  const errors: CsvRowError[] = header.filter((name) => !(name in kinds)).map((field) => ({ row: 1, field, code: 'UNKNOWN_COLUMN' }));
  const rows = body.map((cells, index) => {
    const value: Record<string, unknown> = {};
    header.forEach((field, column) => {
      if (cells[column] !== '' && field in kinds) value[field] = convert(cells[column], kinds[field]);
    });
    return { row: index + 2, value };
  });
  return { rows, errors };
}

function convert(cell: string, kind: FieldKind): unknown {
  switch (kind) {
    case 'string':
      return cell;
    case 'number':
    case 'integer':
      return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    case 'list':
      return cell.split('|').map((item) => item.trim());
    case 'boolean':
      return cell === 'true' ? true : cell === 'false' ? false : cell;
  }
}

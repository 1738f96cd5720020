import { parse } from 'csv-parse';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

export interface CsvRowError {
  row: number;
  field: string;
  code: string;
}

export type FieldKind = 'string' | 'number' | 'integer' | 'list' | 'boolean';

export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

export class CsvTooManyRowsError extends Error {
  override name = 'CsvTooManyRowsError';
}

/** Text handed to the parser at a time; between slices other requests get their turn. */
const SLICE_CHARACTERS = 256 * 1024;

/**
 * The records of a CSV text, parsed a slice at a time with a turn of the event loop between
 * slices, and stopped as soon as there are more than `maxRecords`.
 */
async function readRecords(text: string, maxRecords: number): Promise<string[][]> {
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: false, trim: true });
  const records: string[][] = [];
  let failure: Error | null = null;
  parser.on('readable', () => {
    for (let record = parser.read(); record !== null; record = parser.read()) records.push(record);
  });
  parser.on('error', (error) => (failure = error));
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', () => resolve()));
  for (let start = 0; start < text.length && !failure && records.length <= maxRecords; start += SLICE_CHARACTERS) {
    parser.write(text.slice(start, start + SLICE_CHARACTERS));
    await yieldToEventLoop();
  }
  if (records.length <= maxRecords && !failure) {
    parser.end();
    await ended;
  } else parser.destroy();
  if (records.length > maxRecords) throw new CsvTooManyRowsError(`At most ${maxRecords - 1} rows`);
  if (failure) throw new CsvFormatError(`CSV could not be read: ${(failure as Error).message}`);
  return records;
}

function headerErrors(header: string[], kinds: Record<string, FieldKind>): CsvRowError[] {
  return header.flatMap((field, column): CsvRowError[] => {
    if (!Object.hasOwn(kinds, field)) return [{ row: 1, field, code: 'UNKNOWN_COLUMN' }];
    if (header.indexOf(field) !== column) return [{ row: 1, field, code: 'DUPLICATE_COLUMN' }];
    return [];
  });
}

/**
 * Parses a CSV whose header names the JSON fields of a POST body. Empty cells are absent fields,
 * list fields split on `|`, number fields become numbers. Rows are numbered as a spreadsheet shows
 * them: the header is row 1. More than `maxRows` rows is refused without parsing the rest.
 */
export async function readCsvObjects(
  text: string,
  kinds: Record<string, FieldKind>,
  maxRows: number,
): Promise<{ rows: { row: number; value: Record<string, unknown> }[]; errors: CsvRowError[] }> {
  const records = await readRecords(text, maxRows + 1);
  if (records.length === 0) throw new CsvFormatError('CSV is empty: a header row is required');
  const [header, ...body] = records;
  const errors = headerErrors(header, kinds);
  const known = header.map((field, column) => Object.hasOwn(kinds, field) && header.indexOf(field) === column);
  const rows = body.map((cells, index) => {
    const value: Record<string, unknown> = {};
    header.forEach((field, column) => {
      if (cells[column] !== '' && known[column]) value[field] = convert(cells[column], kinds[field]);
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

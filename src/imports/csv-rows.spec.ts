import { describe, expect, it } from '@jest/globals';
import { CsvFormatError, readCsvObjects } from './csv-rows.js';

const kinds = { name: 'string', maxSmes: 'integer', languages: 'list', pinned: 'boolean' } as const;

describe('readCsvObjects', () => {
  it('turns rows into bodies, numbered as a spreadsheet shows them', () => {
    const sut = readCsvObjects('name,maxSmes,languages,pinned\nSiti,2,id|su,true\nBudi,,jv,false\n', kinds);
    expect(sut.errors).toEqual([]);
    expect(sut.rows).toEqual([
      { row: 2, value: { name: 'Siti', maxSmes: 2, languages: ['id', 'su'], pinned: true } },
      { row: 3, value: { name: 'Budi', languages: ['jv'], pinned: false } },
    ]);
  });

  it('keeps a malformed number as text, for validation to name', () => {
    expect(readCsvObjects('maxSmes\nthree\n', kinds).rows[0].value).toEqual({ maxSmes: 'three' });
  });

  it('names a column that is no field', () => {
    expect(readCsvObjects('name,colour\nSiti,red\n', kinds).errors).toEqual([{ row: 1, field: 'colour', code: 'UNKNOWN_COLUMN' }]);
  });

  it('refuses a ragged or empty file', () => {
    expect(() => readCsvObjects('name,maxSmes\nSiti\n', kinds)).toThrow(CsvFormatError);
    expect(() => readCsvObjects('', kinds)).toThrow(CsvFormatError);
  });
});

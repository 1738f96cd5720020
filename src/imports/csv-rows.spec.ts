import { describe, expect, it } from '@jest/globals';
import { CsvFormatError, CsvTooManyRowsError, readCsvObjects } from './csv-rows.js';

const kinds = { name: 'string', maxSmes: 'integer', languages: 'list', pinned: 'boolean' } as const;
const read = (text: string, maxRows = 100) => readCsvObjects(text, kinds, maxRows);

describe('readCsvObjects', () => {
  it('turns rows into bodies, numbered as a spreadsheet shows them', async () => {
    const sut = await read('name,maxSmes,languages,pinned\nSiti,2,id|su,true\nBudi,,jv,false\n');
    expect(sut.errors).toEqual([]);
    expect(sut.rows).toEqual([
      { row: 2, value: { name: 'Siti', maxSmes: 2, languages: ['id', 'su'], pinned: true } },
      { row: 3, value: { name: 'Budi', languages: ['jv'], pinned: false } },
    ]);
  });

  it('keeps a malformed number as text, for validation to name', async () => {
    expect((await read('maxSmes\nthree\n')).rows[0].value).toEqual({ maxSmes: 'three' });
  });

  it('names a column that is no field, prototype names included', async () => {
    expect((await read('name,colour,__proto__,constructor,toString,hasOwnProperty\nSiti,red,a,b,c,d\n')).errors).toEqual(
      ['colour', '__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((field) => ({ row: 1, field, code: 'UNKNOWN_COLUMN' })),
    );
  });

  it('names a column given twice, and reads only its first', async () => {
    const sut = await read('name,maxSmes,name\nSiti,2,Budi\n');
    expect(sut.errors).toEqual([{ row: 1, field: 'name', code: 'DUPLICATE_COLUMN' }]);
    expect(sut.rows[0].value).toEqual({ name: 'Siti', maxSmes: 2 });
  });

  it('refuses a ragged or empty file', async () => {
    await expect(read('name,maxSmes\nSiti\n')).rejects.toThrow(CsvFormatError);
    await expect(read('')).rejects.toThrow(CsvFormatError);
  });

  it('stops reading past the row limit', async () => {
    await expect(read('name\n' + 'Siti\n'.repeat(11), 10)).rejects.toThrow(CsvTooManyRowsError);
    expect((await read('name\n' + 'Siti\n'.repeat(10), 10)).rows).toHaveLength(10);
  });

  it('reads a file longer than one slice whole', async () => {
    const names = Array.from({ length: 30_000 }, (_, i) => `Tutor number ${i}`);
    const sut = await read(`name\n${names.join('\n')}\n`, 50_000);
    expect(sut.rows.map((r) => r.value.name)).toEqual(names);
  });

  it('lets other callbacks run while a long file is read', async () => {
    const text = `name\n${'Tutor with a rather long name\n'.repeat(100_000)}`;
    let turns = 0;
    let reading = true;
    const countTurns = (): void => {
      turns++;
      if (reading) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    await read(text, 200_000).finally(() => (reading = false));
    // About 3 MB in slices of 256 kB: a parse of the whole text at once would let no turn through.
    expect(turns).toBeGreaterThanOrEqual(10);
  });
});

import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { csvCell, csvOfPages } from './csv-export.js';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+62 812', "'+62 812"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['Batik, Siti', '"Batik, Siti"'],
    ['plain', 'plain'],
  ])('writes %j so a spreadsheet reads it as text', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('joins lists with | and writes dates in ISO-8601, nothing for null', () => {
    expect([csvCell(['id', 'su']), csvCell(new Date('2026-12-01T02:00:00Z')), csvCell(null), csvCell(false)]).toEqual(['id|su', '2026-12-01T02:00:00.000Z', '', 'false']);
  });
});

describe('csvOfPages', () => {
  it('gives the header, then every page in order, readable back by a CSV parser', async () => {
    const pages = [{ items: [{ n: '=1' }, { n: 'a,b' }], nextCursor: 'next' }, { items: [{ n: 'c"d' }], nextCursor: null }];
    let text = '';
    for await (const chunk of csvOfPages([{ header: 'n', value: (row: { n: string }) => row.n }], async (cursor) => pages[cursor ? 1 : 0])) text += chunk;
    expect(parse(text, { columns: true })).toEqual([{ n: "'=1" }, { n: 'a,b' }, { n: 'c"d' }]);
  });
});

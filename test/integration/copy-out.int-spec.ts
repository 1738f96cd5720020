import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { copyOut } from '../../src/database/copy-out.js';
import { SnapshotAssembly } from '../../src/rebalance/solve/snapshot-rows.js';
import { postgresServerUrl } from '../support/test-database.js';

/** About 3 MB of COPY text: several pages. */
const ROWS = 30_000;
const WIDE_ROWS = `SELECT g AS n, repeat('x', 100) AS filler FROM generate_series(1, ${ROWS}) g ORDER BY g`;

const text = (page: Uint8Array) => new TextDecoder().decode(page);

/** The PostgreSQL reader of the rebalance's snapshot, on a PostgreSQL server whichever database the suite runs on. */
describe('reading a query through COPY in pages', () => {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it('hands on every row once, in order, each page whole rows, one page at a time', async () => {
    const pages: string[] = [];
    let taking = false;
    let overlapped = false;
    await copyOut(client, WIDE_ROWS, async (page) => {
      overlapped ||= taking;
      taking = true;
      pages.push(text(page));
      await new Promise((resolve) => setTimeout(resolve, 5));
      taking = false;
    });
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.endsWith('\n'))).toBe(true);
    const numbers = pages.join('').trimEnd().split('\n').map((line) => Number(line.split('\t')[0]));
    expect(numbers).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(overlapped).toBe(false);
  });

  it('stops handing pages on when one is refused, fails with that refusal, and leaves the connection usable', async () => {
    let taken = 0;
    const refused = copyOut(client, WIDE_ROWS, async () => {
      taken++;
      throw new Error('the taker stopped');
    });
    await expect(refused).rejects.toThrow('the taker stopped');
    expect(taken).toBe(1);
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('fails with the server’s error for a bad query, and leaves the connection usable', async () => {
    await expect(copyOut(client, 'SELECT no_such_column FROM generate_series(1, 3)', async () => undefined)).rejects.toThrow(/no_such_column/);
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('gives the solve thread the values stored, escapes and all', async () => {
    const languages = JSON.stringify(['say "hi"', 'back\\slash']);
    const query = `SELECT 't-1' AS id, '32' AS "provinceCode", '32.73' AS "regencyCode", '["food"]'::json AS categories, $$${languages}$$::json AS languages, '["online"]'::json AS modes, 3 AS "maxSmes"`;
    const assembly = new SnapshotAssembly();
    await copyOut(client, query, async (page) => assembly.add('tutors', page));
    await copyOut(client, `SELECT 's-1' AS "smeId", 't-1' AS "tutorId", true AS pinned UNION ALL SELECT 's-2', 't-1', false`, async (page) => assembly.add('assignments', page));
    const snapshot = assembly.finish();
    expect(snapshot.activeTutors).toEqual([{ id: 't-1', provinceCode: '32', regencyCode: '32.73', categories: ['food'], languages: ['say "hi"', 'back\\slash'], modes: ['online'], maxSmes: 3 }]);
    expect(snapshot.activeAssignments).toEqual([
      { smeId: 's-1', tutorId: 't-1', pinned: true },
      { smeId: 's-2', tutorId: 't-1', pinned: false },
    ]);
  });
});

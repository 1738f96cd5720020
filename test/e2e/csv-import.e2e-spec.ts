import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { countAll } from '../support/api-checks.js';
import { toCsv } from '../support/csv.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';


const IMPORTS = [
  {
    kind: 'tutors',
    valid: [aTutor(), aTutor({ name: 'Budi Santoso', regencyCode: '35.78', email: 'budi@example.id' }), aTutor({ name: 'Made Wirawan', regencyCode: '51.71', maxSmes: 2 })],
    derived: { regencyCode: '35.78', expected: { name: 'Budi Santoso', provinceCode: '35', email: 'budi@example.id', maxSmes: 3, status: 'active' } },
    // Spreadsheet rows: the header is row 1, so the 2nd data row is row 3.
    bad: [aTutor(), aTutor({ regencyCode: '99.99' }), aTutor(), aTutor({ maxSmes: 7 }), aTutor()],
    errors: [
      { row: 3, field: 'regencyCode', code: 'IS_REGENCY_CODE' },
      { row: 5, field: 'maxSmes', code: 'MAX' },
    ],
  },
  {
    kind: 'smes',
    valid: [anSme(), anSme({ businessName: 'Toko Daring', regencyCode: '35.78', digitalLiteracy: 85, internetAccess: 'good', onlineStage: 'products_listed' })],
    derived: { regencyCode: '35.78', expected: { businessName: 'Toko Daring', provinceCode: '35', segment: 'digital_savvy', status: 'enrolled' } },
    bad: [anSme(), anSme({ category: 'toys' as never }), anSme(), anSme({ digitalLiteracy: 101 })],
    errors: [
      { row: 3, field: 'category', code: 'IS_IN' },
      { row: 5, field: 'digitalLiteracy', code: 'MAX' },
    ],
  },
];

describe('CSV imports: all rows valid or nothing stored', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const importCsv = (kind: string, csv: string) => request(t.http).post(`/api/imports/${kind}`).set(bearer(t.coordinatorToken)).set('Content-Type', 'text/csv').send(csv);

  /** Runs `attempt`, which must be refused, and checks the list it would have grown is unchanged. */
  async function expectNothingStored(kind: string, attempt: () => Promise<request.Response>): Promise<request.Response> {
    const before = await countAll(t, `/api/${kind}`);
    const response = await attempt();
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(await countAll(t, `/api/${kind}`)).toBe(before);
    return response;
  }

  describe.each(IMPORTS)('POST /api/imports/$kind', ({ kind, valid, derived, bad, errors }) => {
    it('creates every row of a valid file, with the derived fields', async () => {
      expect((await importCsv(kind, toCsv(valid)).expect(201)).body).toEqual({ created: valid.length });
      const listed = await request(t.http).get(`/api/${kind}`).query({ regencyCode: derived.regencyCode }).set(bearer(t.coordinatorToken)).expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining(derived.expected)]);
    });

    it('names each bad row, field and code, and stores none of the good rows', async () => {
      const response = await expectNothingStored(kind, () => importCsv(kind, toCsv(bad)));
      expect(response.body.errors).toEqual(errors);
    });

    it('refuses a column that is no field', async () => {
      const response = await expectNothingStored(kind, () => importCsv(kind, toCsv(valid.map((row) => ({ ...row, colour: 'red' })))));
      expect(response.body.errors).toEqual([{ row: 1, field: 'colour', code: 'UNKNOWN_COLUMN' }]);
    });

    it.each([
      ['an empty file', ''],
      ['a header without rows', toCsv(valid).split('\n')[0] + '\n'],
      ['a row with a missing cell', toCsv(valid).replace(/,[^,\n]*\n$/, '\n')],
    ])('refuses %s', async (_, csv) => {
      await expectNothingStored(kind, () => importCsv(kind, csv));
    });

    it('refuses a JSON body as a client error, not a 500', async () => {
      const response = await request(t.http).post(`/api/imports/${kind}`).set(bearer(t.coordinatorToken)).send(valid);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });
  });

  it('imports 10,000 tutors in one request', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => aTutor({ name: `Tutor ${i}`, phone: `+62 812 ${String(i).padStart(8, '0')}` }));
    const before = await countAll(t, '/api/tutors');
    expect((await importCsv('tutors', toCsv(rows)).expect(201)).body).toEqual({ created: 10_000 });
    expect(await countAll(t, '/api/tutors')).toBe(before + 10_000);
  });
});

describe('GET /api/exports/assignments.csv', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists exactly the active assignments under a header', async () => {
    const tutor = await created<{ id: string }>(t, '/api/tutors', aTutor());
    const pairs = [];
    for (const businessName of ['Keripik Bu Ani', 'Batik Pak Joko', 'Kopi Gayo']) {
      const sme = await created<{ id: string }>(t, '/api/smes', anSme({ businessName }));
      pairs.push(await created<{ id: string; smeId: string }>(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id }));
    }
    const [ended, ...active] = pairs;
    await request(t.http).post(`/api/assignments/${ended.id}/end`).set(bearer(t.coordinatorToken)).send({ reason: 'manual' }).expect(200);

    const response = await request(t.http).get('/api/exports/assignments.csv').set(bearer(t.coordinatorToken)).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...lines] = response.text.trimEnd().split('\n');
    const columns = header.split(',');
    expect(columns).toEqual(expect.arrayContaining(['id', 'tutorId', 'smeId']));
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
    expect(rows.map((row) => ({ id: row.id, tutorId: row.tutorId, smeId: row.smeId }))).toEqual(
      expect.arrayContaining(active.map((a) => ({ id: a.id, tutorId: tutor.id, smeId: a.smeId }))),
    );
    expect(rows).toHaveLength(active.length);
  });
});

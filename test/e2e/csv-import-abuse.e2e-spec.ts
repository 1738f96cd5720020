import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { countAll } from '../support/api-checks.js';
import { aTutor } from '../support/factories.js';
import { freePort } from '../support/free-port.js';
import { bearer, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

const execFileAsync = promisify(execFile);

/** `npm start` as a child process on the test app's database, so the upload and the probes travel over HTTP. */
async function servedApi(env: NodeJS.ProcessEnv): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], { env: { ...process.env, NODE_OPTIONS: '', ...env, PORT: String(port), WORKERS: 'false', LOG_LEVEL: 'silent' }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitFor(async () => (await fetch(`${url}/health`).catch(() => null))?.ok, 'the API process to answer');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

const COLUMNS = Object.keys(aTutor());
const line = (row: object, columns = COLUMNS) => {
  const cells = row as Record<string, unknown>;
  return columns.map((column) => (Array.isArray(cells[column]) ? (cells[column] as string[]).join('|') : String(cells[column] ?? ''))).join(',');
};

describe('CSV import: hostile files are refused whole, without holding the server', () => {
  let t: TestApp;
  const importTutors = (csv: string) => request(t.http).post('/api/imports/tutors').set(bearer(t.coordinatorToken)).set('Content-Type', 'text/csv').send(csv);

  async function expectRefused(csv: string, expected: { row: number; field: string; code: string }[]): Promise<void> {
    const before = await countAll(t, '/api/tutors');
    const response = await importTutors(csv);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toEqual(expect.arrayContaining(expected));
    expect(await countAll(t, '/api/tutors')).toBe(before);
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a column given twice', async () => {
    const columns = [...COLUMNS, 'name'];
    await expectRefused(`${columns.join(',')}\n${line(aTutor(), columns)}\n`, [{ row: 1, field: 'name', code: 'DUPLICATE_COLUMN' }]);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('refuses a column named %s', async (name) => {
    const columns = [...COLUMNS, name];
    await expectRefused(`${columns.join(',')}\n${line({ ...aTutor(), [name]: 'x' }, columns)}\n`, [{ row: 1, field: name, code: 'UNKNOWN_COLUMN' }]);
  });

  it.each([
    ['a NUL character', { name: 'Siti\u0000' }, 'name', 'NUL_CHARACTER'],
    ['the year 0', { sellerSince: '0000-01-01' }, 'sellerSince', 'IS_PAST_CALENDAR_DATE'],
  ])('names the row holding %s', async (_what, change, field, code) => {
    await expectRefused(`${COLUMNS.join(',')}\n${line(aTutor())}\n${line(aTutor(change))}\n`, [{ row: 3, field, code }]);
  });

  it('stops a 23 MB file of empty rows at the row limit, answering /health meanwhile', async () => {
    const api = await servedApi(t.env);
    try {
      const file = join(mkdtempSync(join(tmpdir(), 'kakak-asuh-csv-')), 'empty-rows.csv');
      writeFileSync(file, `${COLUMNS.join(',')}\n` + `${','.repeat(COLUMNS.length - 1)}\n`.repeat(1_900_000));
      // The upload runs in a process of its own, so this one only times /health while the API reads the file.
      const upload = execFileAsync('curl', ['-s', '-H', `Authorization: Bearer ${t.coordinatorToken}`, '-H', 'Content-Type: text/csv', '--data-binary', `@${file}`, `${api.url}/api/imports/tutors`]);
      let uploading = true;
      const answered = upload.finally(() => (uploading = false));
      let polls = 0;
      while (uploading) {
        await fetch(`${api.url}/health`);
        polls++;
      }
      expect(JSON.parse((await answered).stdout)).toMatchObject({ statusCode: 400, errors: [{ row: 0, field: 'body', code: 'TOO_MANY_ROWS' }] });
      // /health answered while the file was read; that the reader yields between slices is csv-rows.spec.ts's.
      expect(polls).toBeGreaterThan(1);
    } finally {
      await api.stop();
    }
  });
});

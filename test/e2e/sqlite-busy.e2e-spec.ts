import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { freePort } from '../support/free-port.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';
import { spawnApi, spawnWorker, type NodeProcess } from '../support/worker-process.js';

const PROGRAM = { tutors: 120, smes: 360 };
const CLIENT_ROUNDS = 60;
const REQUIRED = ['REQ-1', 'REQ-2'];

interface Answer {
  status: number;
  body: { id?: string; code?: string; name?: string };
}

/** The layout the README recommends for large programs: an API process and a worker process on one database. */
describe('an API process and a worker process writing to one database at once', () => {
  let t: TestApp;
  let api: NodeProcess;
  let worker: NodeProcess;
  let base: string;

  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));
  const send = async (call: request.Test): Promise<Answer> => {
    const response = await asCoordinator(call);
    return { status: response.status, body: response.body };
  };

  beforeAll(async () => {
    t = await startTestApp({ WORKERS: 'false' });
    for (const code of REQUIRED) await created(t, '/api/courses', { code, title: code, required: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = spawnApi({ ...t.env, PORT: String(port), WORKERS: 'false' });
    worker = spawnWorker(t.env);
    await waitFor(async () => (await request(base).get('/health').catch(() => null))?.status === 200, 'the API process to serve', 60_000);
  });
  afterAll(async () => {
    await Promise.all([api, worker].filter(Boolean).map((child) => child.stop('SIGKILL')));
    await t.close();
  });

  /** Sends `count` requests, `parallel` at a time. */
  async function inBatches(count: number, parallel: number, call: (i: number) => request.Test): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (let start = 0; start < count; start += parallel) {
      const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, k) => send(call(start + k)));
      answers.push(...(await Promise.all(batch)));
    }
    return answers;
  }

  it('answers every write, none with a 500, keeps each accepted one, and the worker completes its run', async () => {
    const tutors = await inBatches(PROGRAM.tutors, 8, (i) => request(base).post('/api/tutors').send(aTutor({ name: `Tutor ${i}`, maxSmes: 3 })));
    const smes = await inBatches(PROGRAM.smes, 8, (i) => request(base).post('/api/smes').send(anSme({ businessName: `Usaha ${i}` })));
    expect([...tutors, ...smes].map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    const tutorIds = tutors.map((a) => a.body.id as string);
    const smeIds = smes.map((a) => a.body.id as string);

    const run = await send(request(base).post('/api/rebalances').send({ dryRun: false }));
    expect(run.status).toBe(202);
    const runStatus = async () => (await send(request(base).get(`/api/rebalances/${run.body.id}`))).body as { status?: string };

    const enrolments: Answer[] = [];
    const renames: { tutorId: string; name: string; answer: Answer }[] = [];
    const progress: Answer[] = [];
    for (let round = 0; round < CLIENT_ROUNDS; round++) {
      const tutorId = tutorIds[round % tutorIds.length];
      const name = `Tutor renamed ${round}`;
      const courseProgress = REQUIRED.map((courseCode) => ({ smeId: smeIds[round], courseCode, progressPercent: 100 }));
      const [enrolment, rename, posted] = await Promise.all([
        send(request(base).post('/api/smes').send(anSme({ businessName: `Usaha baru ${round}` }))),
        send(request(base).patch(`/api/tutors/${tutorId}`).send({ name })),
        send(request(base).post('/api/course-progress').send(courseProgress)),
      ]);
      enrolments.push(enrolment);
      renames.push({ tutorId, name, answer: rename });
      progress.push(posted);
    }

    const answers = [...enrolments, ...renames.map((r) => r.answer), ...progress];
    expect(answers.filter((a) => a.status >= 500 && !(a.status === 503 && a.body.code === 'DATABASE_BUSY'))).toEqual([]);
    expect(answers.filter((a) => a.status < 300).length).toBeGreaterThan(0);

    for (const enrolment of enrolments.filter((a) => a.status === 201)) {
      expect((await send(request(base).get(`/api/smes/${enrolment.body.id}`))).status).toBe(200);
    }
    for (const { tutorId, name } of renames.filter((r) => r.answer.status === 200)) {
      expect((await send(request(base).get(`/api/tutors/${tutorId}`))).body.name).toBe(name);
    }
    await waitFor(async () => (await runStatus()).status === 'completed', 'the rebalance run to complete', 120_000);
    expect(worker.output()).not.toMatch(/SQLITE_BUSY|database is locked/);
    expect(api.output()).not.toMatch(/SQLITE_BUSY|database is locked/);
  });
});

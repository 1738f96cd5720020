import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AssignmentRepository } from '../../src/assignments/assignment.repository.js';
import { programDataSource } from '../../src/program-schema.js';
import { createHttpApp } from '../../src/http-app.js';
import { Tutor } from '../../src/tutors/tutor.entity.js';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, COORDINATOR, created, loginToken, startTestApp, TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';

/**
 * The candidates' tutor pool is kept in memory by each API process: a change made by another
 * process (a second API instance, a worker or a command on its own connection) must show in the
 * very next answer.
 */
describe('GET /api/smes/:id/candidates after changes made behind its back', () => {
  let t: TestApp;
  let other: { app: INestApplication; http: Server; token: string };
  let direct: DataSource;
  let sme: { id: string };
  const ids: Record<string, string> = {};

  const candidates = async () =>
    ((await request(t.http).get(`/api/smes/${sme.id}/candidates`).set(bearer(t.coordinatorToken)).expect(200)).body.items as { tutorId: string; cost: number; load: number }[]).map(
      (c) => [c.tutorId, c.cost, c.load],
    );
  const viaOther = (method: 'post' | 'patch', path: string, body: object) => request(other.http)[method](path).set(bearer(other.token)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    const config = testConfig(t.env.DATABASE_URL as string);
    const app = await createHttpApp(config);
    await app.init();
    const http = app.getHttpServer() as Server;
    other = { app, http, token: await loginToken(http, COORDINATOR.login, COORDINATOR.password) };
    direct = await programDataSource(config.database).initialize();
    // The SME: food, Kabupaten Bandung (32.04), Sundanese, with internet.
    ids.near = (await created<{ id: string }>(t, '/api/tutors', aTutor({ regencyCode: '32.04', categories: ['food_beverage'], languages: ['su'], maxSmes: 1 }))).id;
    ids.far = (await created<{ id: string }>(t, '/api/tutors', aTutor({ regencyCode: '32.73', categories: ['fashion'], languages: ['su'] }))).id;
    sme = await created(t, '/api/smes', anSme({ regencyCode: '32.04', category: 'food_beverage', languages: ['su'], internetAccess: 'limited' }));
  });
  afterAll(async () => {
    await direct?.destroy();
    await other?.app.close();
    await t.close();
  });

  it('sees another instance fill and free a seat, edit a tutor and add one', async () => {
    expect(await candidates()).toEqual([[ids.near, 0, 0], [ids.far, 35, 0]]);

    const elsewhere = (await viaOther('post', '/api/smes', anSme({ businessName: 'Elsewhere' })).expect(201)).body as { id: string };
    const assignment = (await viaOther('post', '/api/assignments', { tutorId: ids.near, smeId: elsewhere.id }).expect(201)).body as { id: string };
    expect(await candidates()).toEqual([[ids.far, 35, 0]]);

    await viaOther('post', `/api/assignments/${assignment.id}/end`, { reason: 'manual' }).expect(200);
    expect(await candidates()).toEqual([[ids.near, 0, 0], [ids.far, 35, 0]]);

    await viaOther('patch', `/api/tutors/${ids.far}`, { categories: ['food_beverage'] }).expect(200);
    expect(await candidates()).toEqual([[ids.near, 0, 0], [ids.far, 20, 0]]);

    const added = (await viaOther('post', '/api/tutors', aTutor({ regencyCode: '32.04', categories: ['food_beverage'], languages: ['su'] })).expect(201)).body as { id: string };
    expect((await candidates()).map(([id]) => id)).toEqual([ids.near, added.id].sort().concat(ids.far));
  });

  it('sees a write made on a connection of its own, outside any API process', async () => {
    await direct.getRepository(Tutor).update({ id: ids.near }, { status: 'paused' });
    expect((await candidates()).map(([id]) => id)).not.toContain(ids.near);

    await direct.transaction((manager) => manager.getRepository(Tutor).update({ id: ids.near }, { status: 'active', maxSmes: 2 }));
    expect((await candidates()).find(([id]) => id === ids.near)).toEqual([ids.near, 0, 0]);
  });

  it('sees pairs written in bulk, as a rebalance writes them, around the entity events', async () => {
    const [first, second] = await Promise.all([1, 2].map(async (n) => (await viaOther('post', '/api/smes', anSme({ businessName: `Bulk ${n}` })).expect(201)).body as { id: string }));
    const pair = (smeId: string, slot: number) => ({ tutorId: ids.near, smeId, slot, startedAt: new Date(), startReason: 'rebalance' as const });
    await direct.transaction((manager) => new AssignmentRepository(direct).insertMany(manager, [pair(first.id, 1), pair(second.id, 2)]));
    expect((await candidates()).map(([id]) => id)).not.toContain(ids.near);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { waitFor } from '../support/wait-for.js';
import { aPairOfPeople, channelEnv } from '../support/notification-fixture.js';
import { startOwnRedis, type OwnRedis } from '../support/redis-server.js';
import { bearer, startTestApp, type TestApp } from '../support/test-app.js';
import { startWhatsappStandIn, type WhatsappStandIn } from '../support/whatsapp-stand-in.js';
import { spawnWorker, type NodeProcess } from '../support/worker-process.js';

describe('a notification whose change commits while Redis is down', () => {
  let redis: OwnRedis;
  let whatsapp: WhatsappStandIn;
  let t: TestApp;
  let worker: NodeProcess | undefined;

  beforeAll(async () => {
    redis = await startOwnRedis();
    whatsapp = await startWhatsappStandIn();
    // The API alone; its messages are delivered by a worker process started once Redis is back.
    t = await startTestApp({ REDIS_URL: redis.url, WORKERS: 'false', ...channelEnv(whatsapp.url) });
    // The worker runs on the real clock, so no quiet hours may hold the message.
    await request(t.http).patch('/api/settings').set(bearer(t.coordinatorToken)).send({ notifications: { quietHours: null } }).expect(200);
  });
  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await t.close();
    await whatsapp.close();
    if (!redis.isUp()) await redis.start();
    await redis.stop();
  });

  it('is delivered once Redis is back, and only once', async () => {
    const { tutor, sme, tutorNumber, smeNumber } = await aPairOfPeople(t);
    await redis.stop();
    await request(t.http).post('/api/assignments').set(bearer(t.coordinatorToken)).send({ tutorId: tutor.id, smeId: sme.id }).expect(201);
    expect(redis.isUp()).toBe(false);

    await redis.start();
    worker = spawnWorker({ ...t.env, ...channelEnv(whatsapp.url) });
    const sentTo = async (personId: string) =>
      (await request(t.http).get('/api/notifications').set(bearer(t.coordinatorToken)).query({ personId, channel: 'whatsapp' }).expect(200)).body.items;
    await waitFor(async () => {
      const rows = [...(await sentTo(tutor.id)), ...(await sentTo(sme.id))];
      return rows.length === 2 && rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, 'both WhatsApp messages to be sent', 60_000);
    expect(whatsapp.calls.map((call) => [call.body.to, call.body.template.name]).sort()).toEqual([
      [tutorNumber, 'sme_assigned'],
      [smeNumber, 'mentor_assigned'],
    ].sort());
  });
});

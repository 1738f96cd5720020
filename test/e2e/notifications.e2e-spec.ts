import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { Clock } from '../../src/common/clock.js';
import { UnitOfWork } from '../../src/database/unit-of-work.js';
import { FlagSweepService } from '../../src/tracking/flag-sweep.service.js';
import { Queue } from 'bullmq';
import { NOTIFICATIONS_QUEUE, SCHEDULER_IDS } from '../../src/jobs/queues.js';
import { CoordinatorDigest } from '../../src/notifications/coordinator-digest.service.js';
import { NotificationSweep } from '../../src/notifications/notification-sweep.service.js';
import { Notifier } from '../../src/notifications/notifier.service.js';
import { waitFor } from '../support/wait-for.js';
import { aPairOfPeople, channelEnv, englishTutor, WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN } from '../support/notification-fixture.js';
import { startSmtpStandIn, type SmtpStandIn } from '../support/smtp-stand-in.js';
import { bearer, created, startTestApp, type TestApp } from '../support/test-app.js';
import { startWhatsappStandIn, type WhatsappStandIn } from '../support/whatsapp-stand-in.js';

/** Noon in Jakarta, outside the default quiet hours. */
const NOON_JAKARTA = new Date('2026-03-02T05:00:00Z');

interface Row {
  id: string;
  personId: string;
  channel: string;
  template: string;
  language: string;
  status: string;
  attempts: number;
  reason: string | null;
  providerMessageId: string | null;
  notBefore: string | null;
  text: string;
}

describe('notifications', () => {
  let t: TestApp;
  let whatsapp: WhatsappStandIn;
  let smtp: SmtpStandIn;
  let clock: Clock;

  const asCoordinator = <R extends request.Test>(call: R) => call.set(bearer(t.coordinatorToken));
  const messagesOf = async (personId: string, channel?: string): Promise<Row[]> =>
    (await asCoordinator(request(t.http).get('/api/notifications')).query({ personId, limit: 100, ...(channel ? { channel } : {}) }).expect(200)).body.items;
  const settled = (personId: string, channel: string, count = 1) =>
    waitFor(async () => {
      const rows = await messagesOf(personId, channel);
      return rows.length === count && rows.every((r) => ['sent', 'failed'].includes(r.status)) ? rows : undefined;
    }, `${count} ${channel} message(s) to ${personId} to be sent or failed`);
  const callsTo = (number: string) => whatsapp.calls.filter((call) => call.body.to === number);
  const assign = (tutorId: string, smeId: string) => created<{ id: string }>(t, '/api/assignments', { tutorId, smeId });
  const signed = (body: string, secret = WHATSAPP_APP_SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  const webhook = (body: object, signature?: string) => {
    const call = request(t.http).post('/api/webhooks/whatsapp').set('Content-Type', 'application/json');
    return (signature === undefined ? call : call.set('X-Hub-Signature-256', signature)).send(JSON.stringify(body));
  };
  const statusReport = (wamid: string, status: string) => ({
    object: 'whatsapp_business_account',
    entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', statuses: [{ id: wamid, status, timestamp: '1772427600', recipient_id: '1' }] } }] }],
  });

  beforeAll(async () => {
    whatsapp = await startWhatsappStandIn();
    smtp = await startSmtpStandIn();
    t = await startTestApp({ WORKERS: 'true', ...channelEnv(whatsapp.url, smtp.url) });
    clock = t.app.get(Clock);
  });
  beforeEach(() => {
    clock.now = () => NOON_JAKARTA;
  });
  afterAll(async () => {
    await t.close();
    await whatsapp.close();
    await smtp.close();
  });

  it('tells the SME of its mentor and the tutor of its SME, once each, each in their own language', async () => {
    const { tutor, sme, tutorNumber, smeNumber } = await aPairOfPeople(t, { tutorEmail: 'tutor.mail@kakak-asuh.test' });
    const tutorToken = await englishTutor(t, tutor.id);
    await assign(tutor.id, sme.id);

    await settled(sme.id, 'whatsapp');
    await settled(tutor.id, 'whatsapp');
    await settled(tutor.id, 'email');
    const [toSme] = callsTo(smeNumber);
    expect(callsTo(smeNumber)).toHaveLength(1);
    expect(toSme.path).toBe('/v23.0/109876543210/messages');
    expect(toSme.authorization).toBe('Bearer test-access-token');
    expect(toSme.body).toMatchObject({ messaging_product: 'whatsapp', type: 'template', template: { name: 'mentor_assigned', language: { code: 'id' } } });
    expect(toSme.body.template.components[0].parameters.map((p) => p.text)).toEqual([tutor.name, tutor.storeName, tutor.phone]);
    expect(callsTo(tutorNumber)).toHaveLength(1);
    expect(callsTo(tutorNumber)[0].body.template).toMatchObject({ name: 'sme_assigned', language: { code: 'en' } });
    expect(callsTo(tutorNumber)[0].body.template.components[0].parameters.map((p) => p.text)).toEqual([sme.businessName, sme.ownerName, sme.phone]);

    const mails = smtp.mails.filter((mail) => mail.to.includes('tutor.mail@kakak-asuh.test'));
    expect(mails).toHaveLength(1);
    expect(mails[0].raw).toContain('Subject: A new SME for you');
    expect(mails[0].raw).toContain('Content-Type: text/plain');
    expect(mails[0].raw).toContain('Content-Type: text/html');

    const inApp = (await request(t.http).get('/api/me/notifications').set(bearer(tutorToken)).expect(200)).body;
    expect(inApp.items).toHaveLength(1);
    expect(inApp.items[0]).toMatchObject({ template: 'sme_assigned', language: 'en', status: 'delivered', text: expect.stringContaining(sme.businessName) });
    const read = await request(t.http).post(`/api/me/notifications/${inApp.items[0].id}/read`).set(bearer(tutorToken)).expect(200);
    expect(read.body.status).toBe('read');
    await request(t.http).post(`/api/me/notifications/${inApp.items[0].id}/read`).set(bearer(t.coordinatorToken)).expect(404);
  });

  it('delivers once after the channel answers 500 twice, and marks a message the channel refuses for good as failed', async () => {
    const flaky = await aPairOfPeople(t, { tutorOptIn: false });
    whatsapp.failNext(500, 500);
    await assign(flaky.tutor.id, flaky.sme.id);
    const [sent] = await settled(flaky.sme.id, 'whatsapp');
    expect(sent).toMatchObject({ status: 'sent', attempts: 3, providerMessageId: expect.stringMatching(/^wamid\./) });
    expect(callsTo(flaky.smeNumber)).toHaveLength(3);

    const refused = await aPairOfPeople(t, { tutorOptIn: false });
    whatsapp.failNext(400);
    await assign(refused.tutor.id, refused.sme.id);
    const [failed] = await settled(refused.sme.id, 'whatsapp');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, reason: expect.stringContaining('400') });
    const failedList = (await asCoordinator(request(t.http).get('/api/notifications')).query({ status: 'failed', channel: 'whatsapp', template: 'mentor_assigned' }).expect(200)).body;
    expect(failedList.items.map((r: Row) => r.id)).toContain(failed.id);

    await asCoordinator(request(t.http).post(`/api/notifications/${failed.id}/retry`)).expect(200);
    await waitFor(async () => {
      const rows = await messagesOf(refused.sme.id, 'whatsapp');
      return rows[0].status === 'sent' ? rows : undefined;
    }, 'the retried message to be sent');
    expect(callsTo(refused.smeNumber)).toHaveLength(2);
    const again = await asCoordinator(request(t.http).post(`/api/notifications/${failed.id}/retry`)).expect(409);
    expect(again.body.code).toBe('NOTIFICATION_NOT_RETRYABLE');
  });

  it('sends nothing for a change that rolls back', async () => {
    const { tutor, sme, tutorNumber, smeNumber } = await aPairOfPeople(t);
    const notifier = t.app.get(Notifier);
    await expect(
      t.app.get(UnitOfWork).run(async (manager) => {
        await notifier.pairsStarted(manager, [{ tutorId: tutor.id, smeId: sme.id }]);
        throw new Error('the change failed after its messages were written');
      }),
    ).rejects.toThrow('the change failed');
    // A committed change behind it goes through the same queue, so the rolled-back one had its chance.
    const after = await aPairOfPeople(t, { tutorOptIn: false });
    await assign(after.tutor.id, after.sme.id);
    await settled(after.sme.id, 'whatsapp');
    expect(await messagesOf(tutor.id)).toEqual([]);
    expect(await messagesOf(sme.id)).toEqual([]);
    expect([...callsTo(tutorNumber), ...callsTo(smeNumber)]).toEqual([]);
  });

  it('holds WhatsApp inside quiet hours until they end, while in-app arrives at once', async () => {
    const lateEvening = new Date('2026-03-02T15:30:00Z'); // 22:30 in Jakarta
    clock.now = () => lateEvening;
    const { tutor, sme, smeNumber } = await aPairOfPeople(t, { tutorOptIn: false });
    await assign(tutor.id, sme.id);
    const [held] = await messagesOf(sme.id, 'whatsapp');
    expect(held).toMatchObject({ status: 'queued', notBefore: '2026-03-03T00:00:00.000Z' });
    expect((await messagesOf(sme.id, 'in_app'))[0].status).toBe('delivered');

    const sweep = t.app.get(NotificationSweep);
    await sweep.run();
    expect((await messagesOf(sme.id, 'whatsapp'))[0].status).toBe('queued');
    expect(callsTo(smeNumber)).toEqual([]);

    clock.now = () => new Date('2026-03-03T00:01:00Z'); // 07:01 the next morning
    await sweep.run();
    expect((await settled(sme.id, 'whatsapp'))[0].status).toBe('sent');
    expect(callsTo(smeNumber)).toHaveLength(1);
  });

  it('sends no WhatsApp without an opt-in, and none after the person answers STOP', async () => {
    const unconsenting = await aPairOfPeople(t, { smeOptIn: false, tutorOptIn: false });
    await assign(unconsenting.tutor.id, unconsenting.sme.id);
    expect(await messagesOf(unconsenting.sme.id, 'whatsapp')).toEqual([]);
    expect((await messagesOf(unconsenting.sme.id, 'in_app')).map((r) => r.template)).toEqual(['mentor_assigned']);

    const { tutor, sme, smeNumber } = await aPairOfPeople(t, { tutorOptIn: false });
    const pair = await assign(tutor.id, sme.id);
    await settled(sme.id, 'whatsapp');
    const stop = {
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', messages: [{ from: smeNumber, id: 'wamid.in-1', timestamp: '1772427600', type: 'text', text: { body: 'berhenti' } }] } }] }],
    };
    await webhook(stop, signed(JSON.stringify(stop))).expect(200);
    expect((await asCoordinator(request(t.http).get(`/api/smes/${sme.id}`)).expect(200)).body.whatsappOptIn).toBeNull();

    await asCoordinator(request(t.http).post(`/api/assignments/${pair.id}/end`)).send({ reason: 'manual' }).expect(200);
    expect((await messagesOf(sme.id, 'in_app')).map((r) => r.template).sort()).toEqual(['assignment_ended', 'mentor_assigned']);
    expect((await messagesOf(sme.id, 'whatsapp')).map((r) => r.template)).toEqual(['mentor_assigned']);
  });

  it('records delivery statuses from a signed webhook call, and refuses a bad or missing signature without a change', async () => {
    const { tutor, sme } = await aPairOfPeople(t, { tutorOptIn: false });
    await assign(tutor.id, sme.id);
    const [sent] = await settled(sme.id, 'whatsapp');
    const delivered = statusReport(sent.providerMessageId!, 'delivered');
    const body = JSON.stringify(delivered);

    const forged = await webhook(delivered, signed(body, 'another-secret')).expect(401);
    expect(forged.body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect((await webhook(delivered).expect(401)).body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect((await messagesOf(sme.id, 'whatsapp'))[0].status).toBe('sent');

    await webhook(delivered, signed(body)).expect(200);
    expect((await messagesOf(sme.id, 'whatsapp'))[0].status).toBe('delivered');
    const read = JSON.stringify(statusReport(sent.providerMessageId!, 'read'));
    await webhook(JSON.parse(read), signed(read)).expect(200);
    // A late `delivered` does not undo `read`.
    await webhook(delivered, signed(body)).expect(200);
    expect((await messagesOf(sme.id, 'whatsapp'))[0].status).toBe('read');

    const challenge = await request(t.http).get('/api/webhooks/whatsapp').query({ 'hub.mode': 'subscribe', 'hub.verify_token': WHATSAPP_VERIFY_TOKEN, 'hub.challenge': '1158201444' }).expect(200);
    expect(challenge.text).toBe('1158201444');
    const wrong = await request(t.http).get('/api/webhooks/whatsapp').query({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }).expect(403);
    expect(wrong.body.code).toBe('WEBHOOK_VERIFICATION_FAILED');
    const notAPayload = JSON.stringify({ hello: 'world' });
    expect((await webhook(JSON.parse(notAPayload), signed(notAPayload)).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('tells of a graduation both sides, and the tutor of a trained SME that needs more mentoring or of stalled mentoring', async () => {
    await created(t, '/api/courses', { code: 'NOTIFY-1', title: 'Toko online', required: true });
    const savvy = await aPairOfPeople(t, { tutorOptIn: false, smeOptIn: false });
    await asCoordinator(request(t.http).patch(`/api/smes/${savvy.sme.id}`)).send({ internetAccess: 'good', digitalLiteracy: 72, onlineStage: 'products_listed' }).expect(200);
    const traditional = await aPairOfPeople(t, { tutorOptIn: false, smeOptIn: false });
    await assign(savvy.tutor.id, savvy.sme.id);
    await assign(traditional.tutor.id, traditional.sme.id);
    const progress = [savvy.sme.id, traditional.sme.id].map((smeId) => ({ smeId, courseCode: 'NOTIFY-1', progressPercent: 100 }));
    await asCoordinator(request(t.http).post('/api/course-progress')).send(progress).expect(202);

    const templates = async (personId: string) => (await messagesOf(personId, 'in_app')).map((r) => r.template).sort();
    await waitFor(async () => {
      const names = await templates(savvy.sme.id);
      return names.includes('sme_graduated') ? names : undefined;
    }, 'the graduation to be told');
    expect(await templates(savvy.sme.id)).toEqual(['mentor_assigned', 'sme_graduated']);
    expect(await templates(savvy.tutor.id)).toEqual(['sme_assigned', 'sme_graduated']);
    await waitFor(async () => {
      const names = await templates(traditional.tutor.id);
      return names.includes('continued_mentoring') ? names : undefined;
    }, 'the tutor to be asked to go on mentoring');
    expect(await templates(traditional.tutor.id)).toEqual(['continued_mentoring', 'sme_assigned']);

    clock.now = () => new Date(NOON_JAKARTA.getTime() + 31 * 24 * 3600 * 1000);
    await t.app.get(FlagSweepService).sweep();
    expect(await templates(traditional.tutor.id)).toEqual(['continued_mentoring', 'mentoring_reminder', 'sme_assigned']);
    await t.app.get(FlagSweepService).sweep();
    expect(await templates(traditional.tutor.id)).toEqual(['continued_mentoring', 'mentoring_reminder', 'sme_assigned']);
  });

  it('mails each coordinator the weekly digest, on the schedule the settings give', async () => {
    await asCoordinator(request(t.http).patch('/api/me')).send({ email: 'coordinator@kakak-asuh.test' }).expect(200);
    await t.app.get(CoordinatorDigest).send();
    const digest = await waitFor(async () => {
      const mails = smtp.mails.filter((mail) => mail.to.includes('coordinator@kakak-asuh.test'));
      return mails.length === 1 ? mails : undefined;
    }, 'the digest mail');
    expect(digest[0].raw).toContain('Subject: Ringkasan mingguan Kakak Asuh');
    expect(digest[0].raw).toMatch(/UMKM tanpa kakak asuh/);

    const queue = new Queue(NOTIFICATIONS_QUEUE, { connection: { url: t.env.REDIS_URL }, prefix: t.env.QUEUE_PREFIX });
    try {
      await asCoordinator(request(t.http).patch('/api/settings')).send({ notifications: { digestDay: 'friday', digestHour: 16 } }).expect(200);
      await waitFor(async () => {
      const scheduler = await queue.getJobScheduler(SCHEDULER_IDS.digest);
      return scheduler?.pattern === '0 16 * * 5' ? scheduler : undefined;
    }, 'the digest schedule to follow the settings');
      expect((await queue.getJobScheduler(SCHEDULER_IDS.digest))?.tz).toBe('Asia/Jakarta');
    } finally {
      await queue.close();
    }
  });

  it('answers bad input with a 4xx and a stable code', async () => {
    const { tutor } = await aPairOfPeople(t, { tutorOptIn: false, smeOptIn: false });
    const patchTutor = await asCoordinator(request(t.http).patch(`/api/tutors/${tutor.id}`)).send({ whatsappOptIn: 'yes' }).expect(400);
    expect(patchTutor.body.code).toBe('VALIDATION_FAILED');
    expect((await asCoordinator(request(t.http).get('/api/notifications')).query({ channel: 'fax' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await asCoordinator(request(t.http).post('/api/notifications/9b2f7a4e-8c1d-4e5f-a6b7-c8d9e0f1a2b3/retry')).expect(404)).body.code).toBe('NOT_FOUND');
    const coordinatorOptIn = await asCoordinator(request(t.http).patch('/api/me')).send({ whatsappOptIn: true }).expect(400);
    expect(coordinatorOptIn.body.code).toBe('WHATSAPP_OPT_IN_NOT_APPLICABLE');
    expect((await asCoordinator(request(t.http).patch('/api/me')).send({ language: 'fr' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const quiet = await asCoordinator(request(t.http).patch('/api/settings')).send({ notifications: { quietHours: { start: '25:00', end: '07:00' } } }).expect(400);
    expect(quiet.body.code).toBe('VALIDATION_FAILED');
    const tutorToken = await englishTutor(t, tutor.id);
    await request(t.http).get('/api/notifications').set(bearer(tutorToken)).expect(403);
  });

  it('notifies only the events the settings name, and counts messages by status in the overview', async () => {
    const settings = await asCoordinator(request(t.http).patch('/api/settings')).send({ notifications: { events: ['sme_assigned'], quietHours: null } }).expect(200);
    expect(settings.body.notifications).toMatchObject({ events: ['sme_assigned'], quietHours: null });
    const { tutor, sme } = await aPairOfPeople(t, { tutorOptIn: false, smeOptIn: false });
    await assign(tutor.id, sme.id);
    expect(await messagesOf(sme.id)).toEqual([]);
    expect((await messagesOf(tutor.id)).map((r) => r.template)).toEqual(['sme_assigned']);
    const overview = (await asCoordinator(request(t.http).get('/api/reports/overview')).expect(200)).body;
    expect(overview.notificationsByStatus.delivered).toBeGreaterThan(0);
    expect(Object.keys(overview.notificationsByStatus).sort()).toEqual(['delivered', 'failed', 'queued', 'read', 'sending', 'sent']);
    await asCoordinator(request(t.http).patch('/api/settings')).send({ notifications: { events: ['mentor_assigned', 'sme_assigned', 'assignment_ended', 'sme_graduated', 'mentoring_reminder', 'continued_mentoring', 'coordinator_digest'], quietHours: { start: '21:00', end: '07:00' } } }).expect(200);
  });
});

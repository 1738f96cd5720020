import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity.js';
import { Clock } from '../common/clock.js';
import { flatMapInChunks } from '../database/in-chunks.js';
import { JobOutbox } from '../jobs/job-outbox.js';
import { NotificationJob } from '../jobs/queues.js';
import { SettingsService } from '../settings/settings.service.js';
import type { Notification } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';
import type { Person } from './notification-vocabulary.js';
import { Draft, flagOpened, graduated, Pair, pairEnded, PairMove, pairMoved, pairStarted } from './program-messages.js';
import { quietHoursEnd } from './quiet-hours.js';
import { Parties, personKey, RecipientsLoader } from './recipients.loader.js';

/** Deliveries per job request, so one request stays small whatever the change. */
const REQUEST_SIZE = 1000;

/**
 * Writes the messages a change causes into the notification outbox, inside the change's own
 * transaction: they commit with it, or vanish with its rollback. Delivery follows the commit.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientsLoader,
    private readonly settings: SettingsService,
    private readonly outbox: JobOutbox,
    private readonly clock: Clock,
  ) {}

  async pairsStarted(manager: EntityManager, pairs: Pair[]): Promise<void> {
    const parties = await this.recipients.parties(manager, pairs.map((p) => p.tutorId), pairs.map((p) => p.smeId));
    await this.write(manager, parties, pairs.flatMap((pair) => pairStarted(pair, parties)));
  }

  /** Pairs that ended other than by graduation (which says `sme_graduated` instead). */
  async pairsEnded(manager: EntityManager, pairs: Pair[]): Promise<void> {
    const parties = await this.recipients.parties(manager, pairs.map((p) => p.tutorId), pairs.map((p) => p.smeId));
    await this.write(manager, parties, pairs.flatMap((pair) => pairEnded(pair, parties)));
  }

  async rebalanceApplied(manager: EntityManager, moves: PairMove[]): Promise<void> {
    const tutorIds = moves.flatMap((m) => [m.fromTutorId, m.toTutorId]).filter((id): id is string => id !== null);
    const parties = await this.recipients.parties(manager, tutorIds, moves.map((m) => m.smeId));
    await this.write(manager, parties, moves.flatMap((move) => pairMoved(move, parties)));
  }

  /** SMEs that just graduated; the tutor told is the one whose pair the graduation ended. */
  async smesGraduated(manager: EntityManager, smeIds: string[]): Promise<void> {
    if (smeIds.length === 0) return;
    const ended = await flatMapInChunks(smeIds, (ids) => manager.getRepository(Assignment).find({ where: { smeId: In(ids), endReason: 'graduated' }, order: { endedAt: 'ASC' } }));
    const tutorOf = new Map(ended.map((a) => [a.smeId, a.tutorId]));
    const parties = await this.recipients.parties(manager, [...tutorOf.values()], smeIds);
    await this.write(manager, parties, smeIds.flatMap((smeId) => graduated(smeId, tutorOf.get(smeId) ?? null, parties)));
  }

  async flagsOpened(manager: EntityManager, flags: { smeId: string; type: string }[]): Promise<void> {
    const asking = flags.filter((f) => f.type === 'MENTORING_STALLED' || f.type === 'NEEDS_CONTINUED_MENTORING');
    if (asking.length === 0) return;
    const smeIds = asking.map((f) => f.smeId);
    const active = await flatMapInChunks(smeIds, (ids) => manager.getRepository(Assignment).findBy({ smeId: In(ids), endedAt: IsNull() }));
    const tutorOf = new Map(active.map((a) => [a.smeId, a.tutorId]));
    const parties = await this.recipients.parties(manager, [...tutorOf.values()], smeIds);
    await this.write(manager, parties, asking.flatMap((flag) => flagOpened(flag, tutorOf.get(flag.smeId), parties)));
  }

  /** Messages to coordinators, who need no parties to be named. */
  async toCoordinators(manager: EntityManager, drafts: Draft[]): Promise<void> {
    await this.write(manager, { tutors: new Map(), smes: new Map() }, drafts);
  }

  /** One row per message and channel; in-app ones are delivered by being written, the others queued for the worker. */
  private async write(manager: EntityManager, parties: Parties, drafts: Draft[]): Promise<void> {
    const { notifications, schedule } = await this.settings.current(manager);
    const wanted = drafts.filter((draft) => notifications.events.includes(draft.template));
    if (wanted.length === 0) return;
    const people = [...new Map<string, Person>(wanted.map((d) => [personKey(d.person), d.person])).values()];
    const recipients = await this.recipients.recipients(manager, people, parties);
    const now = this.clock.now();
    const whatsappFrom = quietHoursEnd(now, notifications.quietHours, schedule.timeZone);
    const rows: Partial<Notification>[] = wanted.flatMap((draft) => {
      const { language, channels } = recipients.get(personKey(draft.person))!;
      return channels.map((channel) => ({
        personKind: draft.person.kind,
        personId: draft.person.id,
        channel,
        template: draft.template,
        language,
        params: draft.params,
        status: channel === 'in_app' ? ('delivered' as const) : ('queued' as const),
        deliveredAt: channel === 'in_app' ? now : null,
        notBefore: channel === 'whatsapp' && whatsappFrom > now ? whatsappFrom : null,
      }));
    });
    const saved = await this.notifications.insertMany(manager, rows);
    // Held messages are queued by the sweep once their hour comes.
    const deliveries = saved.filter((row) => row.status === 'queued' && row.notBefore === null).map((row) => ({ id: row.id, round: 0, notBefore: 0 }));
    for (let start = 0; start < deliveries.length; start += REQUEST_SIZE) {
      await this.outbox.record(manager, { name: NotificationJob.deliver, data: { deliveries: deliveries.slice(start, start + REQUEST_SIZE) } });
    }
  }
}

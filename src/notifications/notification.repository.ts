import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
import { Page, paginate } from '../common/pagination.js';
import { insertRows } from '../database/multi-row-insert.js';
import { Notification } from './notification.entity.js';
import type { Channel, NotificationStatus, Person, TemplateName } from './notification-vocabulary.js';

export interface NotificationFilter {
  status?: NotificationStatus;
  channel?: Channel;
  template?: TemplateName;
  personId?: string;
  limit?: number;
  cursor?: string;
}

const NEWEST_FIRST = { column: 'createdAt', direction: 'DESC' } as const;

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Notification | null> {
    return manager.getRepository(Notification).findOneBy({ id });
  }

  /** Bulk inserts (ids made here, nothing read back), so a national rebalance's messages cost a statement per 20,000 on PostgreSQL. */
  async insertMany(manager: EntityManager, rows: Partial<Notification>[]): Promise<Notification[]> {
    const withIds = rows.map((row) => ({ attempts: 0, round: 0, reason: null, ...row, id: randomUUID() }));
    await insertRows(manager, Notification, withIds);
    return withIds as Notification[];
  }

  /**
   * Takes a queued message for sending, by a conditional update: of two jobs of one message only
   * one sees `queued`, so none sends it twice.
   */
  async claim(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Notification)
      .set({ status: 'sending', attempts: () => '"attempts" + 1' })
      .where('id = :id', { id })
      .andWhere(`status = 'queued'`)
      .execute();
    return result.affected === 1;
  }

  /** Moves a message forward from `from` only, so a racing change is never overwritten. */
  async updateFrom(manager: EntityManager, id: string, from: NotificationStatus[], change: Partial<Notification>): Promise<boolean> {
    const result = await manager.createQueryBuilder().update(Notification).set(change).where('id = :id', { id }).andWhere('status IN (:...from)', { from }).execute();
    return result.affected === 1;
  }

  findByProviderMessageId(providerMessageId: string, manager: EntityManager): Promise<Notification | null> {
    return manager.getRepository(Notification).findOneBy({ providerMessageId, channel: 'whatsapp' });
  }

  /** The people a WhatsApp number was used for. */
  async peopleAtAddress(address: string, manager: EntityManager): Promise<Person[]> {
    const rows = await manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .select(['n.personKind AS kind', 'n.personId AS id'])
      .where('n.address = :address', { address })
      .andWhere(`n.channel = 'whatsapp'`)
      .distinct(true)
      .getRawMany<Person>();
    return rows;
  }

  /** Queued messages whose time has come, oldest first. */
  due(now: Date, limit: number): Promise<Pick<Notification, 'id' | 'round' | 'notBefore'>[]> {
    return this.dataSource.getRepository(Notification).find({
      select: { id: true, round: true, notBefore: true },
      where: [
        { status: 'queued', notBefore: IsNull() },
        { status: 'queued', notBefore: LessThanOrEqual(now) },
      ],
      order: { createdAt: 'ASC' },
      take: limit,
    });
  }

  list(filter: NotificationFilter): Promise<Page<Notification>> {
    const query = this.dataSource.getRepository(Notification).createQueryBuilder('n');
    if (filter.status) query.andWhere('n.status = :status', { status: filter.status });
    if (filter.channel) query.andWhere('n.channel = :channel', { channel: filter.channel });
    if (filter.template) query.andWhere('n.template = :template', { template: filter.template });
    if (filter.personId) query.andWhere('n.personId = :personId', { personId: filter.personId });
    return paginate(query, filter, NEWEST_FIRST);
  }

  /** A person's in-app messages, newest first. */
  listInApp(person: Person, page: { limit?: number; cursor?: string }): Promise<Page<Notification>> {
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.personKind = :kind AND n.personId = :id', person)
      .andWhere(`n.channel = 'in_app'`);
    return paginate(query, page, NEWEST_FIRST);
  }

  async countByStatus(): Promise<Record<NotificationStatus, number>> {
    const rows = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .select('n.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('n.status')
      .getRawMany<{ status: NotificationStatus; count: string | number }>();
    const counts = { queued: 0, sending: 0, sent: 0, delivered: 0, read: 0, failed: 0 };
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** Queued WhatsApp messages of people who just opted out. */
  async failQueuedWhatsapp(manager: EntityManager, people: Person[], reason: string): Promise<void> {
    for (const person of people) {
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ status: 'failed', reason })
        .where('"personKind" = :kind AND "personId" = :id', person)
        .andWhere(`channel = 'whatsapp' AND status = 'queued'`)
        .execute();
    }
  }
}

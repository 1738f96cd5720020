import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';
import type { Channel, NotificationLanguage, NotificationStatus, PersonKind, TemplateName } from './notification-vocabulary.js';

/**
 * One message to one person on one channel: written in the transaction of the change that causes
 * it (the outbox) and delivered afterwards. Its id is the delivery's idempotency key.
 */
@Entity('notification')
@Index(['personKind', 'personId', 'channel', 'createdAt'])
@Index(['status', 'notBefore'])
@Index(['providerMessageId'])
@Index(['address'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12 })
  personKind: PersonKind;

  @Column({ type: 'varchar', length: 36 })
  personId: string;

  @Column({ type: 'varchar', length: 10 })
  channel: Channel;

  @Column({ type: 'varchar', length: 30 })
  template: TemplateName;

  @Column({ type: 'varchar', length: 5 })
  language: NotificationLanguage;

  /** The template's parameters, in its order. */
  @Column({ type: 'json' })
  params: string[];

  @Column({ type: 'varchar', length: 10 })
  status: NotificationStatus;

  /** Channel calls made, over every round. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Goes up with each coordinator retry, so the retry's job is a new one. */
  @Column({ type: 'integer', default: 0 })
  round: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** The number or mailbox it went to, as the channel was given it. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  providerMessageId: string | null;

  /** Held until then (WhatsApp inside quiet hours). */
  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  notBefore: Date | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  sentAt: Date | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  deliveredAt: Date | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';
import type { WhatsappOptIn } from '../notifications/notification-vocabulary.js';
import type { BusinessCategory, MentoringMode } from '../common/vocabulary.js';

export const TUTOR_STATUSES = ['active', 'paused', 'inactive'] as const;
export type TutorStatus = (typeof TUTOR_STATUSES)[number];

@Entity('tutor')
@Index(['provinceCode', 'status'])
@Index('IDX_tutor_list_order', ['name', 'id'])
export class Tutor {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  phone: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200 })
  storeName: string;

  @Column({ type: 'date' })
  sellerSince: string;

  @Column({ type: 'real' })
  sellerRating: number;

  @Column({ type: 'varchar', length: 10 })
  regencyCode: string;

  @Column({ type: 'varchar', length: 4 })
  provinceCode: string;

  @Column({ type: 'json' })
  categories: BusinessCategory[];

  @Column({ type: 'json' })
  languages: string[];

  @Column({ type: 'json' })
  modes: MentoringMode[];

  @Column({ type: 'integer' })
  maxSmes: number;

  @Column({ type: 'varchar', length: 20 })
  status: TutorStatus;

  /** Consent to WhatsApp messages: when, how and by whom it was recorded; null without one. */
  @Column({ type: 'json', nullable: true })
  whatsappOptIn: WhatsappOptIn | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt: Date;
}

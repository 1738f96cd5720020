import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';
import type { WhatsappOptIn } from '../notifications/notification-vocabulary.js';
import type { BusinessCategory } from '../common/vocabulary.js';
import type { InternetAccess, OnlineStage, Segment, SmeStatus } from './sme-vocabulary.js';

@Entity('sme')
@Index(['provinceCode', 'status'])
@Index('IDX_sme_list_order', ['businessName', 'id'])
export class Sme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  businessName: string;

  @Column({ type: 'varchar', length: 200 })
  ownerName: string;

  @Column({ type: 'varchar', length: 30 })
  phone: string;

  @Column({ type: 'varchar', length: 10 })
  regencyCode: string;

  @Column({ type: 'varchar', length: 4 })
  provinceCode: string;

  @Column({ type: 'varchar', length: 30 })
  category: BusinessCategory;

  @Column({ type: 'json' })
  languages: string[];

  @Column({ type: 'varchar', length: 10 })
  internetAccess: InternetAccess;

  @Column({ type: 'integer' })
  digitalLiteracy: number;

  @Column({ type: 'varchar', length: 20 })
  onlineStage: OnlineStage;

  @Column({ type: 'varchar', length: 20 })
  segment: Segment;

  /** True when a coordinator chose the segment; otherwise it is derived and re-derived on change. */
  @Column({ type: 'boolean', default: false })
  segmentSetByCoordinator: boolean;

  @Column({ type: 'varchar', length: 20 })
  status: SmeStatus;

  /** Consent to WhatsApp messages: when, how and by whom it was recorded; null without one. */
  @Column({ type: 'json', nullable: true })
  whatsappOptIn: WhatsappOptIn | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';
import type { NotificationLanguage } from '../notifications/notification-vocabulary.js';

export const ROLES = ['coordinator', 'tutor', 'sme'] as const;
export type Role = (typeof ROLES)[number];

@Entity('account')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  login: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'varchar', length: 36, nullable: true })
  tutorId: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  smeId: string | null;

  /** Goes up with every password change; a token of an older version is refused. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  /** The language the account's messages are written in. */
  @Column({ type: 'varchar', length: 5, default: 'id' })
  language: NotificationLanguage;

  /** Where a coordinator's e-mail goes (a tutor's comes from its tutor record). */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;
}

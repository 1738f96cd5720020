import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';

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

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';
import type { JobRequest } from './queues.js';

/**
 * A job a change asked for, written in the change's own transaction (the outbox) and deleted once
 * the queue holds it, so a change whose job Redis could not take yet never loses it.
 */
@Entity('job_request')
export class JobRequestRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 30 })
  name: JobRequest['name'];

  @Column({ type: 'json' })
  data: JobRequest['data'];

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;
}

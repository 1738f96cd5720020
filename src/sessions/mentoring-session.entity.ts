import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';
import type { MentoringMode, SessionTopic } from '../common/vocabulary.js';

@Entity('mentoring_session')
@Index(['smeId', 'date'])
@Index(['tutorId', 'date'])
export class MentoringSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  tutorId: string;

  @Column({ type: 'varchar', length: 36 })
  smeId: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 20 })
  mode: MentoringMode;

  @Column({ type: 'json' })
  topics: SessionTopic[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  nextSteps: string | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';

@Entity('course_progress')
@Index(['smeId', 'courseCode'], { unique: true })
export class CourseProgress {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 36 })
  smeId: string;

  @Column({ type: 'varchar', length: 50 })
  courseCode: string;

  @Column({ type: 'integer' })
  progressPercent: number;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  completedAt: Date | null;

  /** When the progress last moved; a repeat of the same figures leaves it alone. */
  @Column({ type: TIMESTAMP_TYPE })
  progressedAt: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt: Date;
}

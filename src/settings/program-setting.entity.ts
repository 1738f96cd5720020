import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types.js';

/** One program setting (a number of docs/matching-model.md section 2, a flag day count, ...), stored as JSON. */
@Entity('program_setting')
export class ProgramSetting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'json' })
  value: unknown;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt: Date;
}

import { Module } from '@nestjs/common';
import { SmeRepository } from './sme.repository.js';

/** The SME table's data access, for every feature that reads or writes SMEs. */
@Module({ providers: [SmeRepository], exports: [SmeRepository] })
export class SmeRecordsModule {}

import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { WhatsappOptInView } from '../notifications/notification-view.js';
import { BUSINESS_CATEGORIES, MENTORING_MODES, type BusinessCategory, type MentoringMode } from '../common/vocabulary.js';
import type { RegionNames } from '../regions/region-names.js';
import type { Tutor } from './tutor.entity.js';
import { TUTOR_STATUSES, type TutorStatus } from './tutor.entity.js';
import type { TutorWithLoad } from './tutor.repository.js';

/** A tutor's own fields, as `GET /api/me` shows a tutor its record. */
export class TutorRecordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() phone: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty() storeName: string;
  @ApiProperty({ example: '2017-03-01' }) sellerSince: string;
  @ApiProperty({ minimum: 0, maximum: 5 }) sellerRating: number;
  @ApiProperty({ example: '32.73' }) regencyCode: string;
  @ApiProperty({ example: '32' }) provinceCode: string;
  @ApiProperty({ example: 'Kota Bandung' }) regencyName: string;
  @ApiProperty({ example: 'Jawa Barat' }) provinceName: string;
  @ApiProperty({ enum: BUSINESS_CATEGORIES, isArray: true }) categories: BusinessCategory[];
  @ApiProperty({ type: [String], example: ['id', 'su'] }) languages: string[];
  @ApiProperty({ enum: MENTORING_MODES, isArray: true }) modes: MentoringMode[];
  @ApiProperty() maxSmes: number;
  @ApiProperty({ enum: TUTOR_STATUSES }) status: TutorStatus;
  @ApiProperty({ type: WhatsappOptInView, nullable: true, description: 'the recorded consent to WhatsApp messages; null for none' }) whatsappOptIn: WhatsappOptInView | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(tutor: Tutor & RegionNames): TutorRecordView {
    return pickDocumented(TutorRecordView, tutor);
  }
}

export class TutorView extends TutorRecordView {
  @ApiProperty({ description: 'active SMEs' }) load: number;

  static override from(tutor: TutorWithLoad): TutorView {
    return pickDocumented(TutorView, tutor);
  }
}

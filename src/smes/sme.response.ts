import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { WhatsappOptInView } from '../notifications/notification-view.js';
import { BUSINESS_CATEGORIES, type BusinessCategory } from '../common/vocabulary.js';
import { CourseProgressView } from '../tracking/course.response.js';
import { FlagView } from '../tracking/flag.response.js';
import type { RegionNames } from '../regions/region-names.js';
import type { Sme } from './sme.entity.js';
import type { SmeWithTutor } from './sme.repository.js';
import type { SmeDetails } from './smes.service.js';
import { INTERNET_ACCESS, ONLINE_STAGES, SEGMENTS, SME_STATUSES, type InternetAccess, type OnlineStage, type Segment, type SmeStatus } from './sme-vocabulary.js';

/** An SME's own fields, as `GET /api/me` shows an SME its record. */
export class SmeRecordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() businessName: string;
  @ApiProperty() ownerName: string;
  @ApiProperty() phone: string;
  @ApiProperty({ example: '32.04' }) regencyCode: string;
  @ApiProperty({ example: '32' }) provinceCode: string;
  @ApiProperty({ example: 'Kabupaten Bandung' }) regencyName: string;
  @ApiProperty({ example: 'Jawa Barat' }) provinceName: string;
  @ApiProperty({ enum: BUSINESS_CATEGORIES }) category: BusinessCategory;
  @ApiProperty({ type: [String], example: ['id', 'su'] }) languages: string[];
  @ApiProperty({ enum: INTERNET_ACCESS }) internetAccess: InternetAccess;
  @ApiProperty({ minimum: 0, maximum: 100 }) digitalLiteracy: number;
  @ApiProperty({ enum: ONLINE_STAGES }) onlineStage: OnlineStage;
  @ApiProperty({ enum: SEGMENTS }) segment: Segment;
  @ApiProperty({ enum: SME_STATUSES }) status: SmeStatus;
  @ApiProperty({ type: WhatsappOptInView, nullable: true, description: 'the recorded consent to WhatsApp messages; null for none' }) whatsappOptIn: WhatsappOptInView | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(sme: Sme & RegionNames): SmeRecordView {
    return pickDocumented(SmeRecordView, sme);
  }
}

export class SmeView extends SmeRecordView {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) currentTutorId: string | null;

  static override from(sme: SmeWithTutor): SmeView {
    return pickDocumented(SmeView, sme);
  }
}

export class SmeDetailsView extends SmeView {
  @ApiProperty({ type: CourseProgressView, isArray: true }) courseProgress: CourseProgressView[];
  @ApiProperty({ type: FlagView, isArray: true, description: 'open and acknowledged flags' }) openFlags: FlagView[];

  static override from(sme: SmeDetails): SmeDetailsView {
    return pickDocumented(SmeDetailsView, { ...sme, openFlags: sme.openFlags.map(FlagView.from) });
  }
}

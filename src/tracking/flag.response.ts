import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { FLAG_STATUSES, FLAG_TYPES, type Flag, type FlagStatus, type FlagType } from './flag.entity.js';
import { FLAG_REASON_CODES, flagReasonDetail, type FlagReasonDetail } from './flag-reasons.js';

class FlagReasonDetailView implements FlagReasonDetail {
  @ApiProperty({ enum: [...FLAG_REASON_CODES, 'OTHER'] }) code: FlagReasonDetail['code'];
  @ApiProperty({ type: Object, example: { days: 21, since: '2026-10-01' } }) values: Record<string, string | number>;
}

export class FlagView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) smeId: string;
  @ApiProperty({ enum: FLAG_TYPES }) type: FlagType;
  @ApiProperty({ enum: FLAG_STATUSES }) status: FlagStatus;
  @ApiProperty({ type: [String], description: 'why the flag is open, in words' }) reasons: string[];
  @ApiProperty({ type: FlagReasonDetailView, isArray: true, description: 'each of `reasons` as a code and the values its sentence names, for pages in other languages' })
  reasonDetails: FlagReasonDetailView[];
  @ApiProperty({ nullable: true, type: String, description: "the coordinator's note" }) note: string | null;
  @ApiProperty() openedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) resolvedAt: Date | null;

  static from(flag: Flag): FlagView {
    return pickDocumented(FlagView, { ...flag, reasonDetails: flag.reasons.map(flagReasonDetail) });
  }
}

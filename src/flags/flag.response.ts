import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { FLAG_STATUSES, FLAG_TYPES, type Flag, type FlagStatus, type FlagType } from './flag.entity.js';

export class FlagView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) smeId: string;
  @ApiProperty({ enum: FLAG_TYPES }) type: FlagType;
  @ApiProperty({ enum: FLAG_STATUSES }) status: FlagStatus;
  @ApiProperty({ type: [String], description: 'why the flag is open, in words' }) reasons: string[];
  @ApiProperty({ nullable: true, type: String, description: "the coordinator's note" }) note: string | null;
  @ApiProperty() openedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) resolvedAt: Date | null;

  static from(flag: Flag): FlagView {
    return pickDocumented(FlagView, flag);
  }
}

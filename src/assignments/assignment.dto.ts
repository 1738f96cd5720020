import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PairPageQueryDto, QueryBoolean } from '../common/list-filters.dto.js';
import type { EndReason } from './assignment.entity.js';

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  tutorId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  smeId: string;

  @ApiPropertyOptional({ default: true, description: "a pinned pair is never moved by a rebalance: a coordinator's choice stays unless pinned is false" })
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;
}

export class UpdateAssignmentDto {
  @ApiProperty({ example: false, description: 'pin or unpin an active pair' })
  @IsBoolean()
  pinned: boolean;
}

const MANUAL_END_REASONS = ['manual', 'graduated', 'withdrawn', 'tutor_inactive'] as const;

export class EndAssignmentDto {
  @ApiProperty({ enum: MANUAL_END_REASONS, example: 'manual' })
  @IsIn(MANUAL_END_REASONS)
  reason: Exclude<EndReason, 'rebalance'>;

  @ApiPropertyOptional({ example: 'SME moved to another city', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class AssignmentListQueryDto extends PairPageQueryDto {
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}

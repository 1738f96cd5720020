import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PairPageQueryDto, QueryBoolean } from '../common/list-filters.dto.js';
import { END_REASONS, START_REASONS, type AssignmentExplanation, type EndReason, type StartReason } from './assignment.entity.js';

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

export class AssignmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tutorId: string;
  @ApiProperty({ format: 'uuid' }) smeId: string;
  @ApiProperty() pinned: boolean;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ enum: START_REASONS }) startReason: StartReason;
  @ApiProperty({ nullable: true, type: Date }) endedAt: Date | null;
  @ApiProperty({ enum: END_REASONS, nullable: true }) endReason: EndReason | null;
  @ApiProperty({ nullable: true, type: String }) rebalanceId: string | null;
  @ApiProperty({ nullable: true, type: Object }) explanation: AssignmentExplanation | null;
}

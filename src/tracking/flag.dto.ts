import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/pagination.js';
import { IsProvinceCode } from '../common/validators/region-code.validator.js';
import { FLAG_STATUSES, FLAG_TYPES, type FlagStatus, type FlagType } from './flag.entity.js';

export class FlagListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FLAG_STATUSES })
  @IsOptional()
  @IsIn(FLAG_STATUSES)
  status?: FlagStatus;

  @ApiPropertyOptional({ enum: FLAG_TYPES })
  @IsOptional()
  @IsIn(FLAG_TYPES)
  type?: FlagType;

  @ApiPropertyOptional({ example: '91' })
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;
}

const COORDINATOR_FLAG_STATUSES = ['acknowledged', 'resolved'] as const;

export class UpdateFlagDto {
  @ApiProperty({ enum: COORDINATOR_FLAG_STATUSES, example: 'acknowledged' })
  @IsIn(COORDINATOR_FLAG_STATUSES)
  status: (typeof COORDINATOR_FLAG_STATUSES)[number];

  @ApiPropertyOptional({ example: 'Called the owner; visiting next week', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

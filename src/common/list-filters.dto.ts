import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from './pagination.js';
import { IsProvinceCode, IsRegencyCode } from './validators/region-code.validator.js';

/** `?flag=true|false` arrives as text. */
export const QueryBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** A page of tutors or SMEs, narrowed to a province or a regency. */
export class RegionPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '32' })
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;

  @ApiPropertyOptional({ example: '32.73' })
  @IsOptional()
  @IsRegencyCode()
  regencyCode?: string;

  @ApiPropertyOptional({ description: "text the tutor's name or the SME's business name contains, ignoring case", example: 'keripik' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** A page of a pair's records (assignments, sessions), narrowed to a tutor or an SME. */
export class PairPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  tutorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  smeId?: string;
}

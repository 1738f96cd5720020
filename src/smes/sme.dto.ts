import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { WhatsappOptInFieldDto } from '../notifications/whatsapp-opt-in.dto.js';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { QueryBoolean, RegionPageQueryDto } from '../common/list-filters.dto.js';
import { BUSINESS_CATEGORIES, LANGUAGE_CODE_PATTERN, type BusinessCategory } from '../common/vocabulary.js';
import { IsOmittable } from '../common/validators/omittable.validator.js';
import { IsRegencyCode } from '../common/validators/region-code.validator.js';
import { PHONE_PATTERN } from '../tutors/tutor.dto.js';
import {
  INTERNET_ACCESS,
  ONLINE_STAGES,
  SEGMENTS,
  SME_STATUSES,
  type InternetAccess,
  type OnlineStage,
  type Segment,
  type SmeStatus,
} from './sme-vocabulary.js';

export class CreateSmeDto {
  @ApiProperty({ example: 'Keripik Bu Ani' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  businessName: string;

  @ApiProperty({ example: 'Ani Suryani' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  ownerName: string;

  @ApiProperty({ example: '+62 813 1111 2222' })
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number such as +62 812 3456 7890' })
  phone: string;

  @ApiProperty({ example: '32.04', description: 'official regency/city code' })
  @IsRegencyCode()
  regencyCode: string;

  @ApiProperty({ enum: BUSINESS_CATEGORIES, example: 'food_beverage' })
  @IsIn(BUSINESS_CATEGORIES)
  category: BusinessCategory;

  @ApiProperty({ example: ['id', 'su'], description: 'ISO 639 codes, lower case' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'languages must be ISO 639 codes in lower case such as id' })
  languages: string[];

  @ApiProperty({ enum: INTERNET_ACCESS, example: 'limited' })
  @IsIn(INTERNET_ACCESS)
  internetAccess: InternetAccess;

  @ApiProperty({ minimum: 0, maximum: 100, example: 35 })
  @IsInt()
  @Min(0)
  @Max(100)
  digitalLiteracy: number;

  @ApiProperty({ enum: ONLINE_STAGES, example: 'offline' })
  @IsIn(ONLINE_STAGES)
  onlineStage: OnlineStage;

  @ApiPropertyOptional({ enum: SEGMENTS, description: 'derived from literacy, internet access and online stage unless set' })
  @IsOmittable()
  @IsIn(SEGMENTS)
  segment?: Segment;

  @ApiPropertyOptional({ enum: SME_STATUSES, default: 'enrolled' })
  @IsOmittable()
  @IsIn(SME_STATUSES)
  status?: SmeStatus;
}

/** A null is refused, not stored. */
export class UpdateSmeDto extends IntersectionType(PartialType(CreateSmeDto, { skipNullProperties: false }), WhatsappOptInFieldDto) {}

export class SmeListQueryDto extends RegionPageQueryDto {
  @ApiPropertyOptional({ enum: SEGMENTS })
  @IsOptional()
  @IsIn(SEGMENTS)
  segment?: Segment;

  @ApiPropertyOptional({ enum: SME_STATUSES })
  @IsOptional()
  @IsIn(SME_STATUSES)
  status?: SmeStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'has an open or acknowledged flag' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  flagged?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'has no active tutor' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unassigned?: boolean;
}

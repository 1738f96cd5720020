import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { WhatsappOptInFieldDto } from '../notifications/whatsapp-opt-in.dto.js';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { RegionPageQueryDto } from '../common/list-filters.dto.js';
import { BUSINESS_CATEGORIES, LANGUAGE_CODE_PATTERN, MENTORING_MODES, type BusinessCategory, type MentoringMode } from '../common/vocabulary.js';
import { IsPastCalendarDate } from '../common/validators/calendar-date.validator.js';
import { IsOmittable } from '../common/validators/omittable.validator.js';
import { IsRegencyCode } from '../common/validators/region-code.validator.js';
import { TUTOR_STATUSES, type TutorStatus } from './tutor.entity.js';

export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{5,24}$/;

export class CreateTutorDto {
  @ApiProperty({ example: 'Siti Rahayu' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '+62 812 3456 7890' })
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number such as +62 812 3456 7890' })
  phone: string;

  @ApiPropertyOptional({ example: 'siti@example.id' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiProperty({ example: 'Batik Siti' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  storeName: string;

  @ApiProperty({ example: '2017-03-01', description: 'YYYY-MM-DD, not in the future' })
  @IsPastCalendarDate()
  sellerSince: string;

  @ApiProperty({ example: 4.8, minimum: 0, maximum: 5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(5)
  sellerRating: number;

  @ApiProperty({ example: '32.73', description: 'official regency/city code' })
  @IsRegencyCode()
  regencyCode: string;

  @ApiProperty({ enum: BUSINESS_CATEGORIES, isArray: true, example: ['fashion', 'handicraft'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(BUSINESS_CATEGORIES, { each: true })
  categories: BusinessCategory[];

  @ApiProperty({ example: ['id', 'su'], description: 'ISO 639 codes, lower case' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'languages must be ISO 639 codes in lower case such as id' })
  languages: string[];

  @ApiProperty({ enum: MENTORING_MODES, isArray: true, example: ['online', 'in_person'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MENTORING_MODES, { each: true })
  modes: MentoringMode[];

  @ApiPropertyOptional({ minimum: 1, maximum: 3, default: 3 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(3)
  maxSmes?: number;

  @ApiPropertyOptional({ enum: TUTOR_STATUSES, default: 'active' })
  @IsOmittable()
  @IsIn(TUTOR_STATUSES)
  status?: TutorStatus;
}

/** A null is refused, not stored: only `email` may be cleared. */
export class UpdateTutorDto extends IntersectionType(PartialType(CreateTutorDto, { skipNullProperties: false }), WhatsappOptInFieldDto) {}

export class TutorListQueryDto extends RegionPageQueryDto {
  @ApiPropertyOptional({ enum: TUTOR_STATUSES })
  @IsOptional()
  @IsIn(TUTOR_STATUSES)
  status?: TutorStatus;

  @ApiPropertyOptional({ enum: BUSINESS_CATEGORIES })
  @IsOptional()
  @IsIn(BUSINESS_CATEGORIES)
  category?: BusinessCategory;
}

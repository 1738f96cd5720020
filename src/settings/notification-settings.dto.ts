import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsString, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsOmittable } from '../common/validators/omittable.validator.js';
import { TEMPLATES, type TemplateName } from '../notifications/notification-vocabulary.js';

export const DIGEST_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type DigestDay = (typeof DIGEST_DAYS)[number];

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

class QuietHoursDto {
  @ApiPropertyOptional({ example: '21:00' })
  @IsString()
  @Matches(CLOCK_TIME, { message: 'start must be a time of day as HH:MM' })
  start: string;

  @ApiPropertyOptional({ example: '07:00' })
  @IsString()
  @Matches(CLOCK_TIME, { message: 'end must be a time of day as HH:MM' })
  end: string;
}

export class NotificationSettingsDto {
  @ApiPropertyOptional({ enum: TEMPLATES, isArray: true, description: 'the events that notify, by template name' })
  @IsOmittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(TEMPLATES, { each: true })
  events?: TemplateName[];

  @ApiPropertyOptional({ enum: DIGEST_DAYS, example: 'monday', description: "the coordinator digest's day, in schedule.timeZone" })
  @IsOmittable()
  @IsIn(DIGEST_DAYS)
  digestDay?: DigestDay;

  @ApiPropertyOptional({ minimum: 0, maximum: 23, example: 8, description: "the coordinator digest's hour, in schedule.timeZone" })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(23)
  digestHour?: number;

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'no WhatsApp between start and end (schedule.timeZone); null for none' })
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;
}

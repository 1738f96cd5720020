import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { IsOmittable } from '../common/validators/omittable.validator.js';
import { MAX_TUTOR_SLOTS } from '../matching/index.js';
import { MatchingSettingsDto } from './matching-settings.dto.js';
import { NotificationSettingsDto } from './notification-settings.dto.js';
import { ScheduleSettingsDto } from './schedule-settings.dto.js';
import { ONLINE_STAGES, type OnlineStage } from '../smes/sme-vocabulary.js';

class StageThresholdsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(100)
  minDigitalLiteracy?: number;

  @ApiPropertyOptional({ enum: ONLINE_STAGES })
  @IsOmittable()
  @IsIn(ONLINE_STAGES)
  minOnlineStage?: OnlineStage;
}

class FlagDaysDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 30 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(365)
  mentoringStalledDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 30 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(365)
  trainingStalledDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 14 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(365)
  unassignedDays?: number;
}

class TutorLoadDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_TUTOR_SLOTS, example: 3, description: 'the most SMEs a tutor may take' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_TUTOR_SLOTS)
  max?: number;
}

/** Null is refused: a setting is changed, never blanked. Each section is an object, checked whole once merged. */
export class UpdateSettingsDto {
  @ApiPropertyOptional({ type: StageThresholdsDto, description: 'when an SME counts as digital-savvy' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => StageThresholdsDto)
  segmentation?: StageThresholdsDto;

  @ApiPropertyOptional({ type: StageThresholdsDto, description: 'when a trained digital-savvy SME graduates' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => StageThresholdsDto)
  graduation?: StageThresholdsDto;

  @ApiPropertyOptional({ type: FlagDaysDto, description: 'day counts of the flag rules' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => FlagDaysDto)
  flags?: FlagDaysDto;

  @ApiPropertyOptional({ type: ScheduleSettingsDto, description: 'when rebalances and the flag sweep run' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ScheduleSettingsDto)
  schedule?: ScheduleSettingsDto;

  @ApiPropertyOptional({ type: MatchingSettingsDto, description: 'the cost model of a rebalance (docs/matching-model.md section 2)' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => MatchingSettingsDto)
  matching?: MatchingSettingsDto;

  @ApiPropertyOptional({ type: TutorLoadDto, description: 'the most SMEs a tutor may take (change matching.slotCosts to as many slots with it)' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => TutorLoadDto)
  tutorLoad?: TutorLoadDto;

  @ApiPropertyOptional({ type: NotificationSettingsDto, description: 'which events notify, the weekly digest, and WhatsApp quiet hours' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => NotificationSettingsDto)
  notifications?: NotificationSettingsDto;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ONLINE_STAGES, type OnlineStage } from '../smes/sme-vocabulary.js';

class StageThresholdsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minDigitalLiteracy?: number;

  @ApiPropertyOptional({ enum: ONLINE_STAGES })
  @IsOptional()
  @IsIn(ONLINE_STAGES)
  minOnlineStage?: OnlineStage;
}

class FlagDaysDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  mentoringStalledDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  trainingStalledDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 14 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  unassignedDays?: number;
}

export class UpdateSettingsDto {
  @ApiPropertyOptional({ type: StageThresholdsDto, description: 'when an SME counts as digital-savvy' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageThresholdsDto)
  segmentation?: StageThresholdsDto;

  @ApiPropertyOptional({ type: StageThresholdsDto, description: 'when a trained digital-savvy SME graduates' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageThresholdsDto)
  graduation?: StageThresholdsDto;

  @ApiPropertyOptional({ type: FlagDaysDto, description: 'day counts of the flag rules' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FlagDaysDto)
  flags?: FlagDaysDto;
}

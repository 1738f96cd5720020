import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { IsOmittable } from '../common/validators/omittable.validator.js';
import { IsCronExpression, IsTimeZone } from '../common/validators/schedule.validator.js';

export class ScheduleSettingsDto {
  @ApiPropertyOptional({ example: '0 2 * * *', description: 'regular rebalance, in timeZone' })
  @IsOmittable()
  @IsCronExpression()
  rebalanceCron?: string;

  @ApiPropertyOptional({ example: '30 1 * * *', description: 'daily flag sweep, in timeZone' })
  @IsOmittable()
  @IsCronExpression()
  flagSweepCron?: string;

  @ApiPropertyOptional({ example: 'Asia/Jakarta' })
  @IsOmittable()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 3600, example: 60, description: 'events within this window give one rebalance' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(3600)
  eventDebounceSeconds?: number;

  @ApiPropertyOptional({ example: true, description: 'scheduled and event rebalances apply their plan; false keeps them as dry runs' })
  @IsOmittable()
  @IsBoolean()
  autoApply?: boolean;
}

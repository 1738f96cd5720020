import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsProvinceCode } from '../common/validators/region-code.validator.js';

export class RequestRebalanceDto {
  @ApiProperty({ example: true, description: 'plan only; apply later with POST /api/rebalances/:id/apply' })
  @IsBoolean()
  dryRun: boolean;

  @ApiPropertyOptional({ example: '91', description: "re-plan only this province's SMEs; other pairs stay as they are" })
  @IsOptional()
  @IsProvinceCode()
  provinceCode?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { IsOmittable } from '../common/validators/omittable.validator.js';

const COST_BOUND = 1_000_000;
const Cost = () => (target: object, property: string) => {
  IsInt()(target, property);
  Min(-COST_BOUND)(target, property);
  Max(COST_BOUND)(target, property);
};

class GeographyCostDto {
  @ApiProperty({ example: 0 }) @Cost() sameRegency: number;
  @ApiProperty({ example: 20 }) @Cost() sameProvince: number;
  @ApiProperty({ example: 45 }) @Cost() sameIslandGroup: number;
  @ApiProperty({ example: 80 }) @Cost() other: number;
}

class UnassignedCostDto {
  @ApiProperty({ example: 130 }) @Cost() default: number;
  @ApiProperty({ example: 180 }) @Cost() traditional: number;
  @ApiProperty({ example: 230 }) @Cost() needsContinuedMentoring: number;
}

/** The cost model of docs/matching-model.md section 2; nested groups are given whole. */
export class MatchingSettingsDto {
  @ApiPropertyOptional({ type: GeographyCostDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => GeographyCostDto)
  geographyCost?: GeographyCostDto;

  @ApiPropertyOptional({ example: 15 }) @IsOmittable() @Cost() categoryMismatchCost?: number;
  @ApiPropertyOptional({ example: 25 }) @IsOmittable() @Cost() languageMismatchCost?: number;
  @ApiPropertyOptional({ example: 30 }) @IsOmittable() @Cost() stayBonus?: number;
  @ApiPropertyOptional({ example: 100, minimum: 0, description: 'a further stay bonus once the pair has logged a session' }) @IsOmittable() @Cost() @Min(0) sessionBonus?: number;

  @ApiPropertyOptional({ type: [Number], example: [-160, -160, 0], description: 'cost of a tutor’s 1st, 2nd, 3rd SME; not decreasing; exactly tutorLoad.max slots' })
  @IsOmittable()
  @IsArray()
  @IsInt({ each: true })
  @Min(-COST_BOUND, { each: true })
  @Max(COST_BOUND, { each: true })
  slotCosts?: number[];

  @ApiPropertyOptional({ type: UnassignedCostDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => UnassignedCostDto)
  unassignedCost?: UnassignedCostDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { AssignmentExplanation } from '../assignments/assignment.entity.js';

export const DEFAULT_CANDIDATES = 10;
export const MAX_CANDIDATES = 50;

export class CandidateQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CANDIDATES, default: DEFAULT_CANDIDATES })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CANDIDATES)
  limit?: number;
}

export class CandidateView {
  @ApiProperty({ format: 'uuid' }) tutorId: string;
  @ApiProperty() name: string;
  @ApiProperty() storeName: string;
  @ApiProperty({ example: '32.73' }) regencyCode: string;
  @ApiProperty({ example: 'Kota Bandung' }) regencyName: string;
  @ApiProperty({ example: '32' }) provinceCode: string;
  @ApiProperty({ example: 'Jawa Barat' }) provinceName: string;
  @ApiProperty({ description: 'active SMEs' }) load: number;
  @ApiProperty() maxSmes: number;
  @ApiProperty() freeSeats: number;
  @ApiProperty({ description: 'pair cost of MATCHING.md section 2; lower is a better fit' }) cost: number;
  @ApiProperty({ type: Object, description: 'the terms that made the cost, and them in words' }) explanation: AssignmentExplanation;
}

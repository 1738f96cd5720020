import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PairPageQueryDto } from '../common/list-filters.dto.js';
import { MENTORING_MODES, SESSION_TOPICS, type MentoringMode, type SessionTopic } from '../common/vocabulary.js';
import { IsCalendarDate } from '../common/validators/calendar-date.validator.js';

export class CreateSessionDto {
  @ApiProperty({ format: 'uuid', description: 'an SME currently assigned to the calling tutor' })
  @IsUUID()
  smeId: string;

  @ApiProperty({ example: '2026-11-20', description: "YYYY-MM-DD in the program's time zone: not in the future, not before the assignment began" })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ minimum: 5, maximum: 480, example: 60 })
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes: number;

  @ApiProperty({ enum: MENTORING_MODES, example: 'online' })
  @IsIn(MENTORING_MODES)
  mode: MentoringMode;

  @ApiProperty({ enum: SESSION_TOPICS, isArray: true, example: ['store_setup', 'product_photos'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SESSION_TOPICS, { each: true })
  topics: SessionTopic[];

  @ApiPropertyOptional({ example: 'Set up the shop page and took first product photos', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({ example: 'List five products before next week', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  nextSteps?: string;
}

export class SessionListQueryDto extends PairPageQueryDto {}

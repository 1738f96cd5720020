import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { MENTORING_MODES, SESSION_TOPICS, type MentoringMode, type SessionTopic } from '../common/vocabulary.js';
import type { MentoringSession } from './mentoring-session.entity.js';

export class SessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tutorId: string;
  @ApiProperty({ format: 'uuid' }) smeId: string;
  @ApiProperty({ example: '2026-11-20', description: "a day of the program's calendar" }) date: string;
  @ApiProperty({ example: 60 }) durationMinutes: number;
  @ApiProperty({ enum: MENTORING_MODES }) mode: MentoringMode;
  @ApiProperty({ enum: SESSION_TOPICS, isArray: true }) topics: SessionTopic[];
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String }) nextSteps: string | null;
  @ApiProperty() createdAt: Date;

  static from(session: MentoringSession): SessionView {
    return pickDocumented(SessionView, session);
  }
}

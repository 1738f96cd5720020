import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { END_REASONS, START_REASONS, type Assignment, type AssignmentExplanation, type EndReason, type StartReason } from './assignment.entity.js';

export class AssignmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tutorId: string;
  @ApiProperty({ format: 'uuid' }) smeId: string;
  @ApiProperty({ description: "the tutor's seat (1 to maxSmes) this pair holds" }) slot: number;
  @ApiProperty({ description: 'a pinned pair is never moved by a rebalance' }) pinned: boolean;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ enum: START_REASONS }) startReason: StartReason;
  @ApiProperty({ nullable: true, type: String, description: 'the account that started it' }) startedBy: string | null;
  @ApiProperty({ nullable: true, type: Date }) endedAt: Date | null;
  @ApiProperty({ enum: END_REASONS, nullable: true }) endReason: EndReason | null;
  @ApiProperty({ nullable: true, type: String, description: 'the account that ended it' }) endedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'the run that made this pair, or else the run that ended it' }) rebalanceId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'the run that ended this pair' }) endRebalanceId: string | null;
  @ApiProperty({ nullable: true, type: Object, description: 'the terms that made the pair’s cost, and them in words' }) explanation: AssignmentExplanation | null;

  static from(assignment: Assignment): AssignmentView {
    return pickDocumented(AssignmentView, assignment);
  }
}

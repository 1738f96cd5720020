import { ApiProperty } from '@nestjs/swagger';

const COMPUTED_AT = {
  format: 'date-time',
  example: '2026-12-03T09:30:00.000Z',
  description: 'when these figures were read; a report that takes long to compute (a national program) is served from its last reading while a new one is made',
} as const;

const counts = (description: string, example: Record<string, number>) => ({ type: 'object', additionalProperties: { type: 'number' }, description, example }) as const;

/** Every key is present, zeros included. */
export class OverviewView {
  @ApiProperty(counts('active tutors by load', { 0: 4, 1: 10, 2: 12, 3: 30 })) tutorsByLoad: Record<string, number>;
  @ApiProperty(counts('SMEs by status', { enrolled: 20, mentoring: 100, graduated: 8, withdrawn: 2 })) smesByStatus: Record<string, number>;
  @ApiProperty(counts('active SMEs by segment', { traditional: 70, digital_savvy: 50 })) smesBySegment: Record<string, number>;
  @ApiProperty(counts('active SMEs with and without a tutor', { assigned: 100, unassigned: 20 })) smesByAssignment: Record<string, number>;
  @ApiProperty(counts('flags with status open, by type', { MENTORING_STALLED: 3 })) openFlagsByType: Record<string, number>;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'share of required courses completed' }) courseCompletionRate: number;
  @ApiProperty(counts('messages by delivery status, every channel', { queued: 2, sent: 40, delivered: 31, read: 12, failed: 1 })) notificationsByStatus: Record<string, number>;
  @ApiProperty(COMPUTED_AT) computedAt: string;
}

export class ProvinceCoverageView {
  @ApiProperty({ example: '32' }) provinceCode: string;
  @ApiProperty({ example: 'Jawa Barat' }) provinceName: string;
  @ApiProperty() smes: number;
  @ApiProperty() assigned: number;
  @ApiProperty() tutors: number;
  @ApiProperty({ description: 'free seats of active tutors' }) freeCapacity: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'assigned / smes' }) coverageShare: number;
}

/** Every province, those without SMEs or tutors included. */
export class CoverageView {
  @ApiProperty({ type: ProvinceCoverageView, isArray: true }) items: ProvinceCoverageView[];
  @ApiProperty(COMPUTED_AT) computedAt: string;
}

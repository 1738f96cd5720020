import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import type { PairExplanation } from '../matching/index.js';
import { officialRegions } from '../regions/region-catalogue.js';
import { CHANGE_KINDS, type ChangeKind } from './rebalance-change.entity.js';
import { REBALANCE_PHASES, REBALANCE_STATUSES, type Rebalance, type RebalancePhase, type RebalanceStatus, type RebalanceTrigger, type SolveMode } from './rebalance.entity.js';
import type { NamedChange } from './rebalances.service.js';
import { CHANGE_REASON_CODES, type ChangeReasonCode } from './plan-diff.js';

export class RebalanceSummaryView {
  @ApiProperty() kept: number;
  @ApiProperty() moved: number;
  @ApiProperty() added: number;
  @ApiProperty() ended: number;
  @ApiProperty() unassigned: number;
  @ApiProperty({ description: 'the plan’s total cost' }) objective: number;
}

/**
 * A run as a coordinator reads it: `dryRun` says the plan is still only a plan, so it turns false
 * once the plan is applied (`applied`, `appliedAt`); the province is named.
 */
export class RebalanceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REBALANCE_STATUSES }) status: RebalanceStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ enum: REBALANCE_PHASES, nullable: true, description: 'what a running job is doing; null before it starts' }) phase: RebalancePhase | null;
  @ApiProperty({ enum: ['incremental', 'full'], nullable: true, description: 'once completed: whether the engine edited its last plan or planned from scratch' })
  solveMode: SolveMode | null;
  @ApiProperty({ description: 'false once its plan is applied' }) dryRun: boolean;
  @ApiProperty() applied: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'null for a national run' }) provinceCode: string | null;
  @ApiProperty({ nullable: true, type: String }) provinceName: string | null;
  @ApiProperty({ enum: ['manual', 'schedule', 'events'] }) trigger: RebalanceTrigger;
  @ApiProperty({ type: RebalanceSummaryView, nullable: true, description: 'once completed' }) summary: RebalanceSummaryView | null;
  @ApiProperty({ nullable: true, type: String, description: 'once failed' }) error: string | null;
  @ApiProperty({ nullable: true, type: Date }) appliedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) finishedAt: Date | null;

  static from(rebalance: Rebalance): RebalanceView {
    const applied = rebalance.appliedAt !== null;
    const provinceName = rebalance.provinceCode === null ? null : (officialRegions().provinceName(rebalance.provinceCode) ?? rebalance.provinceCode);
    return pickDocumented(RebalanceView, { ...rebalance, dryRun: rebalance.dryRun && !applied, applied, provinceName });
  }
}

/** One SME whose tutor the plan changes, both tutors named: "from whom to whom, and why". */
export class ChangeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) rebalanceId: string;
  @ApiProperty({ description: 'the change’s place in the plan' }) seq: number;
  @ApiProperty({ enum: CHANGE_KINDS }) kind: ChangeKind;
  @ApiProperty({ format: 'uuid' }) smeId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) fromTutorId: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Siti Rahayu (Batik Siti)' }) fromTutorName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) toTutorId: string | null;
  @ApiProperty({ nullable: true, type: String }) toTutorName: string | null;
  @ApiProperty({ nullable: true, type: Object, description: 'the new pair’s cost terms, and them in words' }) explanation: PairExplanation | null;
  @ApiProperty({ description: 'the change in words' }) reason: string;
  @ApiProperty({ enum: CHANGE_REASON_CODES, nullable: true, description: 'the reason as a code, for pages in other languages; null for a reason without one' })
  reasonCode: ChangeReasonCode | null;

  static from(change: NamedChange): ChangeView {
    return pickDocumented(ChangeView, change);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { TEMPLATES, type TemplateName } from '../notifications/notification-vocabulary.js';
import { ONLINE_STAGES, type OnlineStage } from '../smes/sme-vocabulary.js';
import { DIGEST_DAYS, type DigestDay } from './notification-settings.dto.js';
import type { ProgramSettings } from './program-settings.js';

class StageThresholdsView {
  @ApiProperty({ minimum: 0, maximum: 100 }) minDigitalLiteracy: number;
  @ApiProperty({ enum: ONLINE_STAGES }) minOnlineStage: OnlineStage;
}

class FlagDaysView {
  @ApiProperty({ example: 30 }) mentoringStalledDays: number;
  @ApiProperty({ example: 30 }) trainingStalledDays: number;
  @ApiProperty({ example: 14 }) unassignedDays: number;
}

class TutorLoadView {
  @ApiProperty({ example: 3, description: 'the most SMEs a tutor may take' }) max: number;
}

class GeographyCostView {
  @ApiProperty({ example: 0 }) sameRegency: number;
  @ApiProperty({ example: 20 }) sameProvince: number;
  @ApiProperty({ example: 45 }) sameIslandGroup: number;
  @ApiProperty({ example: 80 }) other: number;
}

class UnassignedCostView {
  @ApiProperty({ example: 130 }) default: number;
  @ApiProperty({ example: 180 }) traditional: number;
  @ApiProperty({ example: 230 }) needsContinuedMentoring: number;
}

class MatchingSettingsView {
  @ApiProperty({ type: GeographyCostView }) geographyCost: GeographyCostView;
  @ApiProperty({ example: 15 }) categoryMismatchCost: number;
  @ApiProperty({ example: 25 }) languageMismatchCost: number;
  @ApiProperty({ example: 30 }) stayBonus: number;
  @ApiProperty({ example: 100 }) sessionBonus: number;
  @ApiProperty({ type: [Number], example: [-160, -160, 0], description: 'cost of a tutor’s 1st, 2nd, 3rd SME' }) slotCosts: number[];
  @ApiProperty({ type: UnassignedCostView }) unassignedCost: UnassignedCostView;
}

class ScheduleSettingsView {
  @ApiProperty({ example: '0 2 * * *' }) rebalanceCron: string;
  @ApiProperty({ example: '30 1 * * *' }) flagSweepCron: string;
  @ApiProperty({ example: 'Asia/Jakarta' }) timeZone: string;
  @ApiProperty({ example: 60 }) eventDebounceSeconds: number;
  @ApiProperty({ example: true }) autoApply: boolean;
}

class QuietHoursView {
  @ApiProperty({ example: '21:00' }) start: string;
  @ApiProperty({ example: '07:00' }) end: string;
}

class NotificationSettingsView {
  @ApiProperty({ enum: TEMPLATES, isArray: true, description: 'the events that notify anyone, by template name' }) events: TemplateName[];
  @ApiProperty({ enum: DIGEST_DAYS, example: 'monday', description: "the coordinator digest's day, in schedule.timeZone" }) digestDay: DigestDay;
  @ApiProperty({ example: 8, description: "the coordinator digest's hour, in schedule.timeZone" }) digestHour: number;
  @ApiProperty({ type: QuietHoursView, nullable: true, description: 'no WhatsApp inside these hours; null for none' }) quietHours: QuietHoursView | null;
}

/** The program settings: stored values over the defaults. */
export class SettingsView implements ProgramSettings {
  @ApiProperty({ type: StageThresholdsView, description: 'when an SME counts as digital-savvy' }) segmentation: StageThresholdsView;
  @ApiProperty({ type: StageThresholdsView, description: 'when a trained digital-savvy SME graduates' }) graduation: StageThresholdsView;
  @ApiProperty({ type: FlagDaysView }) flags: FlagDaysView;
  @ApiProperty({ type: TutorLoadView }) tutorLoad: TutorLoadView;
  @ApiProperty({ type: MatchingSettingsView, description: 'the cost model of a rebalance (docs/matching-model.md)' }) matching: MatchingSettingsView;
  @ApiProperty({ type: ScheduleSettingsView }) schedule: ScheduleSettingsView;
  @ApiProperty({ type: NotificationSettingsView }) notifications: NotificationSettingsView;
}

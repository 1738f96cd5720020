import { DEFAULT_MATCHING_SETTINGS, MAX_TUTOR_SLOTS, type MatchingSettings } from '../matching/index.js';
import { TEMPLATES, type TemplateName } from '../notifications/notification-vocabulary.js';
import type { QuietHours } from '../notifications/quiet-hours.js';
import type { OnlineStage } from '../smes/sme-vocabulary.js';
import type { DigestDay } from './notification-settings.dto.js';

/** The program's named rules: every number a coordinator may tune lives here, with its default. */
export interface ProgramSettings {
  segmentation: { minDigitalLiteracy: number; minOnlineStage: OnlineStage };
  graduation: { minDigitalLiteracy: number; minOnlineStage: OnlineStage };
  flags: { mentoringStalledDays: number; trainingStalledDays: number; unassignedDays: number };
  /** The most SMEs a tutor may take: every tutor's `maxSmes` is at most this, and `matching.slotCosts` has this many slots. */
  tutorLoad: { max: number };
  /** The cost model of a rebalance (docs/matching-model.md section 2). */
  matching: MatchingSettings;
  schedule: {
    /** Cron expression of the regular rebalance, in `timeZone`. */
    rebalanceCron: string;
    /** Cron expression of the daily flag sweep, in `timeZone`. */
    flagSweepCron: string;
    timeZone: string;
    /** A burst of program events within this many seconds gives one rebalance. */
    eventDebounceSeconds: number;
    /** Scheduled and event rebalances apply their plan; when false they stay dry runs for review. */
    autoApply: boolean;
  };
  notifications: {
    /** The events that notify anyone, by template name. */
    events: TemplateName[];
    /** The weekly coordinator digest goes out on this day at this hour, in `schedule.timeZone`. */
    digestDay: DigestDay;
    digestHour: number;
    /** No WhatsApp inside these hours (in `schedule.timeZone`); held messages go when they end. */
    quietHours: QuietHours | null;
  };
}

export type SettingsSection = keyof ProgramSettings;

export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  segmentation: { minDigitalLiteracy: 60, minOnlineStage: 'store_created' },
  graduation: { minDigitalLiteracy: 60, minOnlineStage: 'products_listed' },
  flags: { mentoringStalledDays: 30, trainingStalledDays: 30, unassignedDays: 14 },
  tutorLoad: { max: MAX_TUTOR_SLOTS },
  matching: DEFAULT_MATCHING_SETTINGS,
  schedule: {
    rebalanceCron: '0 2 * * *',
    flagSweepCron: '30 1 * * *',
    timeZone: 'Asia/Jakarta',
    eventDebounceSeconds: 60,
    autoApply: true,
  },
  notifications: { events: [...TEMPLATES], digestDay: 'monday', digestHour: 8, quietHours: { start: '21:00', end: '07:00' } },
};

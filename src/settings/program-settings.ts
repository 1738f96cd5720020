import type { OnlineStage } from '../smes/sme-vocabulary.js';

/** The program's named rules: every number a coordinator may tune lives here, with its default. */
export interface ProgramSettings {
  segmentation: { minDigitalLiteracy: number; minOnlineStage: OnlineStage };
  graduation: { minDigitalLiteracy: number; minOnlineStage: OnlineStage };
  flags: { mentoringStalledDays: number; trainingStalledDays: number; unassignedDays: number };
  tutorLoad: { min: number; max: number };
}

export type SettingsSection = keyof ProgramSettings;

export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  segmentation: { minDigitalLiteracy: 60, minOnlineStage: 'store_created' },
  graduation: { minDigitalLiteracy: 60, minOnlineStage: 'products_listed' },
  flags: { mentoringStalledDays: 30, trainingStalledDays: 30, unassignedDays: 14 },
  tutorLoad: { min: 2, max: 3 },
};

import { Injectable } from '@nestjs/common';
import { validationFailed } from '../common/domain-error.js';
import { ProgramEvents } from '../common/program-events.js';
import { assertValidSettings, InvalidMatchingInputError } from '../matching/domain/matching-program.js';
import { withoutUndefined } from '../common/without-undefined.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettings, SettingsSection } from './program-settings.js';
import { SettingsRepository } from './settings.repository.js';

/** The cost model's own rules (e.g. geography costs must not fall from regency to other) are input rules too. */
function assertMatchingRules(matching: ProgramSettings['matching']): void {
  try {
    assertValidSettings(matching);
  } catch (error) {
    if (error instanceof InvalidMatchingInputError) throw validationFailed([{ field: 'matching', constraints: [error.message] }]);
    throw error;
  }
}

type SettingsPatch = { [S in SettingsSection]?: Partial<ProgramSettings[S]> };

@Injectable()
export class SettingsService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: ProgramEvents,
  ) {}

  /** Stored values over the defaults, read fresh so every process sees a coordinator's change. */
  async current(): Promise<ProgramSettings> {
    const stored = await this.settings.readAll();
    const merged = { ...DEFAULT_PROGRAM_SETTINGS };
    for (const section of Object.keys(DEFAULT_PROGRAM_SETTINGS) as SettingsSection[]) {
      Object.assign(merged, { [section]: { ...DEFAULT_PROGRAM_SETTINGS[section], ...(stored.get(section) as object) } });
    }
    return merged;
  }

  async update(patch: SettingsPatch): Promise<ProgramSettings> {
    const current = await this.current();
    const sections = Object.keys(patch) as SettingsSection[];
    const next = Object.fromEntries(sections.map((section) => [section, { ...current[section], ...withoutUndefined(patch[section] ?? {}) }]));
    if (next.matching) assertMatchingRules(next.matching as ProgramSettings['matching']);
    await this.unitOfWork.run(async (manager) => {
      for (const section of sections) await this.settings.write(manager, section, next[section]);
      await this.events.publish(manager, { type: 'settings.changed', sections });
    });
    return this.current();
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, validationFailed } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { ProgramEvents } from '../common/program-events.js';
import { withoutUndefined } from '../common/without-undefined.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettings, SettingsSection } from './program-settings.js';
import { settingsProblems } from './settings-rules.js';
import { SettingsRepository } from './settings.repository.js';

type SettingsPatch = { [S in SettingsSection]?: Partial<ProgramSettings[S]> };

const SECTIONS = Object.keys(DEFAULT_PROGRAM_SETTINGS) as SettingsSection[];

/** A stored section over its defaults, keeping only the fields the section has. */
function sectionOver<S extends SettingsSection>(section: S, stored: unknown): ProgramSettings[S] {
  const defaults = DEFAULT_PROGRAM_SETTINGS[section];
  const known = typeof stored === 'object' && stored !== null ? Object.entries(stored).filter(([field]) => Object.hasOwn(defaults, field)) : [];
  return { ...defaults, ...Object.fromEntries(known) };
}

@Injectable()
export class SettingsService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly tutors: TutorRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: ProgramEvents,
  ) {}

  /**
   * Stored values over the defaults, read fresh so every process sees a coordinator's change.
   * Code inside a transaction passes its manager: a read on another pooled connection would wait
   * for a free one while holding row locks, and a burst of such transactions starves the pool.
   */
  async current(manager?: EntityManager): Promise<ProgramSettings> {
    const stored = await this.settings.readAll(manager);
    return Object.fromEntries(SECTIONS.map((section) => [section, sectionOver(section, stored.get(section))])) as unknown as ProgramSettings;
  }

  async update(patch: SettingsPatch): Promise<ProgramSettings> {
    const sections = SECTIONS.filter((section) => patch[section] !== undefined);
    const unchanged = sections.filter((section) => Object.keys(withoutUndefined(patch[section] ?? {})).length === 0);
    if (unchanged.length > 0) throw validationFailed(unchanged.map((field) => ({ field, constraints: [`${field} needs at least one setting to change`] })), 'Nothing to change');
    const current = await this.current();
    const next = { ...current, ...Object.fromEntries(sections.map((section) => [section, { ...current[section], ...withoutUndefined(patch[section] ?? {}) }])) };
    const problems = settingsProblems(next);
    if (problems.length > 0) throw validationFailed(problems);
    if (next.tutorLoad.max < current.tutorLoad.max) await this.assertNoTutorAbove(next.tutorLoad.max);
    await this.unitOfWork.run(async (manager) => {
      for (const section of sections) await this.settings.write(manager, section, next[section]);
      await this.events.publish(manager, { type: 'settings.changed', sections });
    });
    return this.current();
  }

  private async assertNoTutorAbove(max: number): Promise<void> {
    const above = await this.tutors.countWithMaxSmesAbove(max);
    if (above > 0) {
      throw new DomainError(ErrorCode.MaxSmesAboveTutorLoad, `${above} tutor(s) may take more than ${max} SMEs; lower their maxSmes first`);
    }
  }
}

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { assertValidSettings, InvalidMatchingInputError } from '../matching/index.js';
import { flattenValidationErrors, type FieldError } from '../common/validation.pipe.js';
import type { ProgramSettings } from './program-settings.js';
import { UpdateSettingsDto } from './settings.dto.js';

/** The cost model's own rules (geography never cheaper further away, slots never decreasing, every number in bounds). */
function matchingProblems(matching: ProgramSettings['matching']): FieldError[] {
  try {
    assertValidSettings(matching);
    return [];
  } catch (error) {
    if (error instanceof InvalidMatchingInputError) return [{ field: 'matching', constraints: [error.message] }];
    throw error;
  }
}

/**
 * What is wrong with the program's settings as they would stand after a change, each section
 * checked whole: its fields' types and ranges, the cost model's rules, and one slot cost per seat.
 */
export function settingsProblems(settings: ProgramSettings): FieldError[] {
  const fieldProblems = flattenValidationErrors(validateSync(plainToInstance(UpdateSettingsDto, settings), { whitelist: true, forbidNonWhitelisted: true }));
  if (fieldProblems.length > 0) return fieldProblems;
  const { slotCosts } = settings.matching;
  const slotProblems: FieldError[] =
    slotCosts.length === settings.tutorLoad.max
      ? []
      : [{ field: 'matching.slotCosts', constraints: [`matching.slotCosts must have exactly tutorLoad.max (${settings.tutorLoad.max}) slots, got ${slotCosts.length}`] }];
  return [...slotProblems, ...matchingProblems(settings.matching)];
}

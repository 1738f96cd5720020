import type { TFunction } from 'i18next';

/** Words for API values chosen at run time (statuses, flag types, row codes); an unknown one shows as sent. */
export function wordFor(t: TFunction<'coordinator'>, group: 'status' | 'flagType' | 'flagStatus' | 'changeKind' | 'category', value: string): string {
  const lookup = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return lookup(`${group}.${value}`, { defaultValue: value });
}

export function segmentWord(t: TFunction<'coordinator'>, segment: string): string {
  return segment === 'digital_savvy' ? t('segment.digitalSavvy') : segment === 'traditional' ? t('segment.traditional') : segment;
}

/** An import row's code in words; the constraint codes the API may add later still get a sentence. */
export function rowProblemWord(t: TFunction<'coordinator'>, code: string): string {
  const lookup = t as unknown as (key: string, options?: Record<string, string>) => string;
  const words = lookup(`rowProblem.${code}`, { defaultValue: '' });
  return words || lookup('rowProblem.unknown', { code });
}

/** A setting's label or rule in words, by its field path (`flags.unassignedDays`); one the pages do not know yet shows `fallback`. */
export function settingWord(t: TFunction<'coordinator'>, group: 'fields' | 'rules', field: string, fallback: string): string {
  const lookup = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return lookup(`settings.${group}.${field}`, { defaultValue: fallback });
}

export const SME_STATUSES = ['enrolled', 'mentoring', 'graduated', 'withdrawn'] as const;
export const TUTOR_STATUSES = ['active', 'paused', 'inactive'] as const;
export const SEGMENTS = ['traditional', 'digital_savvy'] as const;
export const BUSINESS_CATEGORIES = ['fashion', 'food_beverage', 'beauty', 'handicraft', 'home_living', 'electronics', 'agriculture', 'health', 'services', 'other'] as const;
export const FLAG_TYPES = ['NEEDS_CONTINUED_MENTORING', 'MENTORING_STALLED', 'TRAINING_STALLED', 'UNASSIGNED'] as const;

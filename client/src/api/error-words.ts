import type { TFunction } from 'i18next';
import { commonEn } from '../i18n/common.en';
import { ApiError, NETWORK_ERROR } from './api-error';

const KNOWN_CODES = new Set(Object.keys(commonEn.errors).filter((key) => key !== 'unknown'));

/** The translation key and values that say an error in words; an unknown code still gets a sentence. */
export function errorWords(error: unknown): { key: string; values: Record<string, string> } {
  const code = error instanceof ApiError ? error.code : NETWORK_ERROR;
  if (KNOWN_CODES.has(code)) return { key: `common:errors.${code}`, values: {} };
  return { key: 'common:errors.unknown', values: { code } };
}

/** What a person reads when a call fails, in the current language. */
export function errorMessage(error: unknown, t: TFunction): string {
  const { key, values } = errorWords(error);
  // The key is chosen at run time from the code; errorWords only returns keys of common.errors.
  return (t as unknown as (key: string, values: Record<string, string>) => string)(key, values);
}

import { LOCALES, type Language } from '../i18n/language';

/** The program's time zone when the settings do not say otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

type DateInput = Date | string | number;

/** A day as people read it (`2 Des 2026` / `2 Dec 2026`), in the program's time zone. */
export function formatDate(value: DateInput, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone }).format(new Date(value));
}

/** A moment with its time of day, in the program's time zone. */
export function formatDateTime(value: DateInput, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value));
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

/** `0.425` → `42,5%` / `42.5%`. */
export function formatPercent(fraction: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits }).format(fraction);
}

/** Today's date (`YYYY-MM-DD`, as the API and `<input type="date">` take it) in the program's time zone. */
export function todayIn(timeZone = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/language';
import { DEFAULT_TIME_ZONE, formatDate, formatDateTime, formatNumber, formatPercent, todayIn } from './format';

type DateInput = Parameters<typeof formatDate>[0];

/** The formatters of format.ts bound to the current language and the program's time zone (from GET /api/me). */
export function useFormat() {
  const { i18n } = useTranslation();
  const { state } = useSession();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const timeZone = state.status === 'signedIn' ? state.me.timeZone : DEFAULT_TIME_ZONE;
  return useMemo(
    () => ({
      language,
      timeZone,
      date: (value: DateInput) => formatDate(value, language, timeZone),
      dateTime: (value: DateInput) => formatDateTime(value, language, timeZone),
      number: (value: number, fractionDigits = 0) => formatNumber(value, language, fractionDigits),
      percent: (fraction: number, fractionDigits = 0) => formatPercent(fraction, language, fractionDigits),
      today: () => todayIn(timeZone),
    }),
    [language, timeZone],
  );
}

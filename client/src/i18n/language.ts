export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
export const LANGUAGE_STORAGE_KEY = 'kakak-asuh.language';

/** Each language's name in itself, as the language control offers it. */
export const LANGUAGE_NAMES: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** The `Intl` locale of each language. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** `?lang=` on the URL wins, then the choice remembered on the device, then Bahasa Indonesia. */
export function chooseLanguage(search: string, remembered: string | null): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  if (isLanguage(remembered)) return remembered;
  return DEFAULT_LANGUAGE;
}

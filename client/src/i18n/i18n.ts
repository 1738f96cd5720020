import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { AREAS } from './areas';
import { chooseLanguage, LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from './language';

const resources = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.fromEntries(Object.entries(AREAS).map(([area, words]) => [area, words[language]]))]),
);

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage refused (private mode): the choice lasts for this page only
  }
}

/** Remembers the language on the device and marks the document with it, for screen readers. */
export function switchLanguage(language: Language): Promise<unknown> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage refused: nothing to remember
  }
  document.documentElement.lang = language;
  return i18next.changeLanguage(language);
}

export async function initI18n(): Promise<void> {
  const language = chooseLanguage(window.location.search, remembered());
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(AREAS),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  await switchLanguage(language);
}

import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/i18n';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/language';

/** `Bahasa` / `Language`: each language offered by its own name. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language">
      <label htmlFor="language">{t('language.label')}</label>
      <select id="language" value={i18n.resolvedLanguage} onChange={(e) => isLanguage(e.target.value) && switchLanguage(e.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}

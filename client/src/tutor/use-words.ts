import { useTranslation } from 'react-i18next';
import { formatDate } from '../format/format';
import { useFormat } from '../format/use-format';
import { MODE_WORDS, TOPIC_WORDS, type MentoringMode, type SessionTopic } from './session-vocabulary';

/** The session vocabularies and calendar days (`YYYY-MM-DD`) in the current language. */
export function useSessionWords() {
  const { t } = useTranslation();
  const { language } = useFormat();
  return {
    topic: (topic: SessionTopic) => (TOPIC_WORDS[topic] ? t(TOPIC_WORDS[topic]) : topic),
    mode: (mode: MentoringMode) => (MODE_WORDS[mode] ? t(MODE_WORDS[mode]) : mode),
    // A calendar day has no time of day: read at UTC midnight, it is the same day everywhere.
    day: (day: string) => formatDate(`${day.slice(0, 10)}T00:00:00Z`, language, 'UTC'),
  };
}

import { useTranslation } from 'react-i18next';
import { Page } from '../shell/page';

/** `/tutor`: the tutor's SMEs and sessions (phone first). */
export function TutorHomePage() {
  const { t } = useTranslation('tutor');
  return (
    <Page title={t('home.title')} narrow>
      <p>{t('home.placeholder')}</p>
      <section aria-labelledby="my-sessions">
        <h2 id="my-sessions">{t('home.sessions')}</h2>
        <p>{t('home.sessionsPlaceholder')}</p>
      </section>
    </Page>
  );
}

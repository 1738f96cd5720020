import { useTranslation } from 'react-i18next';
import { Page } from '../shell/page';
import { SessionList } from '../tutor/session-list';
import { useMySessions } from '../tutor/use-my-sessions';
import { MyCourses } from './my-courses';
import { MyMentor } from './my-mentor';
import '../styles/mentoring.css';
import '../styles/sme.css';

/** `/sme`: my mentor, my courses, my sessions (phone first, plain words, large text). */
export function SmeHomePage() {
  const { t } = useTranslation('sme');
  const sessions = useMySessions();
  return (
    <Page title={t('home.title')} narrow>
      <div className="sme-page">
        <section aria-labelledby="my-mentor">
          <h2 id="my-mentor">{t('home.mentor')}</h2>
          <MyMentor />
        </section>
        <section aria-labelledby="my-courses">
          <h2 id="my-courses">{t('home.courses')}</h2>
          <MyCourses />
        </section>
        <section aria-labelledby="my-sessions">
          <h2 id="my-sessions">{t('home.sessions')}</h2>
          <SessionList sessions={sessions} />
        </section>
      </div>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Page } from '../shell/page';

const SECTIONS = [
  { id: 'my-mentor', heading: 'home.mentor', text: 'home.mentorPlaceholder' },
  { id: 'my-courses', heading: 'home.courses', text: 'home.coursesPlaceholder' },
  { id: 'my-sessions', heading: 'home.sessions', text: 'home.sessionsPlaceholder' },
] as const;

/** `/sme`: my mentor, my courses, my sessions (phone first, plain words). */
export function SmeHomePage() {
  const { t } = useTranslation('sme');
  return (
    <Page title={t('home.title')} narrow>
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={section.id}>
          <h2 id={section.id}>{t(section.heading)}</h2>
          <p>{t(section.text)}</p>
        </section>
      ))}
    </Page>
  );
}

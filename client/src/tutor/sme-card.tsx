import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { Course, FlagType, MentoredSme } from './tutor-types';
import { useSessionWords } from './use-words';
import { WhatsAppLink } from './whatsapp-link';

const FLAG_WORDS = {
  NEEDS_CONTINUED_MENTORING: 'flags.needsContinuedMentoring',
  MENTORING_STALLED: 'flags.mentoringStalled',
  TRAINING_STALLED: 'flags.trainingStalled',
  UNASSIGNED: 'flags.unassigned',
} as const satisfies Record<FlagType, string>;

interface Props {
  sme: MentoredSme;
  courses: Course[];
  onLogSession: () => void;
  logging: boolean;
}

/** One SME the tutor mentors: how it is doing, how to reach it, and the way to log a session. */
export function SmeCard({ sme, courses, onLogSession, logging }: Props) {
  const { t } = useTranslation('tutor');
  const format = useFormat();
  const words = useSessionWords();
  const headingId = `sme-${sme.id}`;
  const percentOf = (code: string) => sme.courseProgress.find((p) => p.courseCode === code)?.progressPercent ?? 0;
  return (
    <article className="card sme-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{sme.businessName}</h2>
      <p className="muted">{t('card.owner', { name: sme.ownerName })} · {sme.regencyName}</p>
      <h3>{t('card.courses')}</h3>
      {courses.length === 0 ? (
        <p>{t('card.noCourses')}</p>
      ) : (
        <ul className="plain-list">
          {courses.map((course) => (
            <li key={course.code}>{t('card.coursePercent', { title: course.title, percent: format.percent(percentOf(course.code) / 100) })}</li>
          ))}
        </ul>
      )}
      <h3>{t('card.flags')}</h3>
      {sme.openFlags.length === 0 ? (
        <p>{t('card.noFlags')}</p>
      ) : (
        <ul className="plain-list flag-list">
          {sme.openFlags.map((flag) => (
            <li key={flag.id}>{FLAG_WORDS[flag.type] ? t(FLAG_WORDS[flag.type]) : t('flags.other')}</li>
          ))}
        </ul>
      )}
      <p>{sme.lastSessionDate ? t('card.lastSession', { date: words.day(sme.lastSessionDate) }) : t('card.noSession')}</p>
      <div className="card-actions">
        <WhatsAppLink phone={sme.phone} label={t('card.whatsApp')} />
        <button type="button" className="button button-primary" onClick={onLogSession} aria-expanded={logging}>
          {t('card.logSession')}
        </button>
      </div>
    </article>
  );
}

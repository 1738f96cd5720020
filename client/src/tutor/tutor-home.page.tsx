import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/error-words';
import type { Page as ListPage } from '../api/types';
import { useMe } from '../auth/session';
import { Page } from '../shell/page';
import { SessionForm } from './session-form';
import { SessionList } from './session-list';
import { offeredModes } from './session-vocabulary';
import { SmeCard } from './sme-card';
import type { Course, MentoredSme, MentoringSession } from './tutor-types';
import { useApiData } from './use-api-data';
import { useMySessions } from './use-my-sessions';
import '../styles/mentoring.css';

/** `/tutor`: the tutor's SMEs as cards, logging a session from a card, and the sessions logged (phone first). */
export function TutorHomePage() {
  const { t } = useTranslation('tutor');
  const { t: tCommon } = useTranslation();
  const me = useMe();
  const smes = useApiData<ListPage<MentoredSme>>('/api/me/smes');
  const courses = useApiData<ListPage<Course>>('/api/courses?limit=100');
  const sessions = useMySessions();
  const [logging, setLogging] = useState<string | null>(null);
  const [savedFor, setSavedFor] = useState<MentoredSme | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const modes = offeredModes(me.tutor?.modes);

  const whenSaved = (sme: MentoredSme) => () => {
    setLogging(null);
    setSavedFor(sme);
    smes.reload();
    sessions.reload();
    status.current?.focus();
  };
  const nameOf = (session: MentoringSession) => {
    const sme = smes.status === 'loaded' ? smes.data.items.find((s) => s.id === session.smeId) : undefined;
    return sme && `${sme.businessName} (${sme.ownerName})`;
  };

  return (
    <Page title={t('home.title')} narrow>
      <p role="status" ref={status} tabIndex={-1} className={savedFor ? 'saved' : 'visually-hidden'}>
        {savedFor && t('home.saved', { business: savedFor.businessName })}
      </p>
      {smes.status === 'loading' && <p>{tCommon('shell.loading')}</p>}
      {smes.status === 'failed' && <p role="alert" className="alert">{errorMessage(smes.error, tCommon)}</p>}
      {smes.status === 'loaded' && smes.data.items.length === 0 && <p>{t('home.none')}</p>}
      {smes.status === 'loaded' && (
        <ul className="card-list">
          {smes.data.items.map((sme) => (
            <li key={sme.id}>
              <SmeCard
                sme={sme}
                courses={courses.status === 'loaded' ? courses.data.items : []}
                logging={logging === sme.id}
                onLogSession={() => {
                  setSavedFor(null);
                  setLogging(logging === sme.id ? null : sme.id);
                }}
              />
              {logging === sme.id && <SessionForm sme={sme} modes={modes} onSaved={whenSaved(sme)} onCancel={() => setLogging(null)} />}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="my-sessions">
        <h2 id="my-sessions">{t('home.sessions')}</h2>
        <SessionList sessions={sessions} about={nameOf} />
      </section>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/error-words';
import type { MentoringSession } from './tutor-types';
import { useMySessions } from './use-my-sessions';
import { useSessionWords } from './use-words';

type Sessions = ReturnType<typeof useMySessions>;

/** The caller's sessions, newest first, with a button for the next page; `about` names the other person of each session. */
export function SessionList({ sessions, about }: { sessions: Sessions; about?: (session: MentoringSession) => string | undefined }) {
  const { t } = useTranslation();
  const words = useSessionWords();
  if (sessions.status === 'failed' && sessions.items.length === 0) return <p role="alert" className="alert">{errorMessage(sessions.error, t)}</p>;
  if (sessions.status === 'loaded' && sessions.items.length === 0) return <p>{t('sessionList.empty')}</p>;
  return (
    <>
      <ul className="session-list">
        {sessions.items.map((session) => (
          <li key={session.id} className="session-item">
            <p className="session-when">
              <strong>{words.day(session.date)}</strong>
              {about?.(session) && <> · {about(session)}</>} · {t('sessionList.minutes', { minutes: session.durationMinutes })} · {words.mode(session.mode)}
            </p>
            <p>
              {t('sessionList.topics')}: {session.topics.map(words.topic).join(', ')}
            </p>
            <p>
              {t('sessionList.nextSteps')}: {session.nextSteps || t('sessionList.noNextSteps')}
            </p>
          </li>
        ))}
      </ul>
      {sessions.status === 'failed' && <p role="alert" className="alert">{errorMessage(sessions.error, t)}</p>}
      {sessions.nextCursor && (
        <button type="button" className="button button-wide" onClick={sessions.loadMore} disabled={sessions.status === 'loading'}>
          {sessions.status === 'loading' ? t('sessionList.loadingMore') : t('sessionList.more')}
        </button>
      )}
    </>
  );
}

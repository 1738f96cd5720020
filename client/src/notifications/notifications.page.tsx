import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { errorMessage } from '../api/error-words';
import type { Page as ApiPage } from '../api/types';
import { useFormat } from '../format/use-format';
import { Page } from '../shell/page';
import { useApiData } from '../tutor/use-api-data';
import type { InAppNotification } from './notification-types';

/** The signed-in person's messages, newest first, each marked read by its own button. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const answer = useApiData<ApiPage<InAppNotification>>('/api/me/notifications?limit=50');
  const [marking, setMarking] = useState<string | null>(null);
  // Marked read here: shown read at once, not unread again until the list's reload answers.
  const [markedRead, setMarkedRead] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<unknown>(null);
  const isRead = (message: InAppNotification) => message.status === 'read' || markedRead.has(message.id);

  const markRead = async (id: string) => {
    setMarking(id);
    setProblem(null);
    try {
      await api(`/api/me/notifications/${id}/read`, { method: 'POST' });
      setMarkedRead((read) => new Set(read).add(id));
      answer.reload();
    } catch (error) {
      setProblem(error);
    } finally {
      setMarking(null);
    }
  };

  return (
    <Page title={t('title')} narrow>
      {problem !== null && (
        <p role="alert" className="alert">
          {errorMessage(problem, tCommon)}
        </p>
      )}
      {answer.status === 'loading' && <p>{tCommon('shell.loading')}</p>}
      {answer.status === 'failed' && (
        <p role="alert" className="alert">
          {errorMessage(answer.error, tCommon)}
        </p>
      )}
      {answer.status === 'loaded' && answer.data.items.length === 0 && <p>{t('none')}</p>}
      {answer.status === 'loaded' && answer.data.items.length > 0 && (
        <ul className="plain-list">
          {answer.data.items.map((message) => (
            <li key={message.id} className="card">
              <h2>
                {message.subject}
                {!isRead(message) && <span> · {t('unread')}</span>}
              </h2>
              <p>{message.text}</p>
              <p>
                <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
              </p>
              {!isRead(message) && (
                <button type="button" className="button" disabled={marking === message.id} onClick={() => void markRead(message.id)}>
                  {marking === message.id ? t('marking') : t('markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

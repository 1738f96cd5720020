import { useTranslation } from 'react-i18next';
import type { Page as ListPage } from '../api/types';
import { useFormat } from '../format/use-format';
import type { MentoringSession } from '../tutor/tutor-types';
import { Problem } from './problem';
import { useLoad } from './use-load';

/** The latest sessions of a tutor or an SME. */
export function SessionsTable({ query }: { query: { tutorId?: string; smeId?: string } }) {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const sessions = useLoad<ListPage<MentoringSession>>('/api/sessions', { ...query, limit: 20 });
  if (sessions.error) return <Problem error={sessions.error} />;
  if (!sessions.data) return null;
  if (sessions.data.items.length === 0) return <p>{t('words.none')}</p>;
  return (
    <ul className="records">
      {sessions.data.items.map((s) => (
        <li key={s.id}>
          <strong>{format.date(s.date)}</strong> · {s.durationMinutes} min · {s.topics.join(', ')}
          {s.nextSteps && <div>{s.nextSteps}</div>}
        </li>
      ))}
    </ul>
  );
}

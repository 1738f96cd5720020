import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Page as ListPage } from '../api/types';
import { Page } from '../shell/page';
import type { Assignment, Tutor } from './coordinator-types';
import { HistoryTable } from './history-table';
import { Problem } from './problem';
import { SmeLink } from './record-links';
import { SessionsTable } from './sessions-table';
import { useLoad } from './use-load';
import { wordFor } from './vocabulary';
import { explanationWords } from './reason-words';

export function TutorPage() {
  const { t } = useTranslation('coordinator');
  const { id = '' } = useParams();
  const tutor = useLoad<Tutor>(`/api/tutors/${id}`);
  const history = useLoad<ListPage<Assignment>>('/api/assignments', { tutorId: id, limit: 50 });
  const x = tutor.data;
  const current = history.data?.items.filter((a) => a.endedAt === null) ?? [];
  return (
    <Page title={x?.name ?? t('titles.tutor')}>
      <Problem error={tutor.error ?? history.error} />
      {x && (
        <>
          <dl className="facts">
            <dt>{t('tutor.store')}</dt>
            <dd>{x.storeName}</dd>
            <dt>{t('tutor.region')}</dt>
            <dd>
              {x.regencyName}, {x.provinceName}
            </dd>
            <dt>{t('words.status')}</dt>
            <dd>{wordFor(t, 'status', x.status)}</dd>
            <dt>{t('tutor.modes')}</dt>
            <dd>{x.modes.join(', ')}</dd>
            <dt>{t('tutor.load')}</dt>
            <dd>{t('lists.loadOf', { load: x.load, max: x.maxSmes })}</dd>
          </dl>
          <h2>{t('tutor.currentSmes')}</h2>
          {current.length === 0 ? (
            <p>{t('words.none')}</p>
          ) : (
            <ul className="records">
              {current.map((a) => (
                <li key={a.id}>
                  <SmeLink id={a.smeId} /> · {a.explanation && explanationWords(t, a.explanation)}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('tutor.history')}</h2>
          {history.data && <HistoryTable assignments={history.data.items} other="sme" />}
          <h2>{t('tutor.sessions')}</h2>
          <SessionsTable query={{ tutorId: x.id }} />
        </>
      )}
    </Page>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Page as ListPage } from '../api/types';
import { useFormat } from '../format/use-format';
import { Page } from '../shell/page';
import { AssignDialog } from './assign-dialog';
import type { Assignment, SmeDetails } from './coordinator-types';
import { EndAssignment } from './end-assignment';
import { HistoryTable } from './history-table';
import { Problem } from './problem';
import { explanationWords, flagReasonWords } from './reason-words';
import { TutorLink } from './record-links';
import { SessionsTable } from './sessions-table';
import { useLoad } from './use-load';
import { segmentWord, wordFor } from './vocabulary';

export function SmePage() {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const { id = '' } = useParams();
  const sme = useLoad<SmeDetails>(`/api/smes/${id}`);
  const history = useLoad<ListPage<Assignment>>(`/api/smes/${id}/assignments`, { limit: 50 });
  const [news, setNews] = useState('');
  const refresh = (message: string) => {
    setNews(message);
    sme.reload();
    history.reload();
  };
  const s = sme.data;
  const active = history.data?.items.find((a) => a.endedAt === null);
  return (
    <Page title={s?.businessName ?? t('titles.sme')}>
      <Problem error={sme.error ?? history.error} />
      <p role="status">{news}</p>
      {s && (
        <>
          <dl className="facts">
            <dt>{t('sme.owner')}</dt>
            <dd>{s.ownerName}</dd>
            <dt>{t('sme.region')}</dt>
            <dd>
              {s.regencyName}, {s.provinceName}
            </dd>
            <dt>{t('words.status')}</dt>
            <dd>{wordFor(t, 'status', s.status)}</dd>
            <dt>{t('words.segment')}</dt>
            <dd>{segmentWord(t, s.segment)}</dd>
          </dl>
          <h2>{t('sme.mentor')}</h2>
          {s.currentTutorId ? (
            <>
              <p>
                <TutorLink id={s.currentTutorId} />
                {active && ` · ${t('sme.since', { date: format.date(active.startedAt) })}`}
                {active?.explanation && ` · ${explanationWords(t, active.explanation)}`}
              </p>
              {active && <EndAssignment assignmentId={active.id} onEnded={() => refresh(t('sme.ended2'))} />}
            </>
          ) : (
            <>
              <p>{t('sme.noMentor')}</p>
              <AssignDialog smeId={s.id} onAssigned={(name) => refresh(t('sme.assigned', { name }))} />
            </>
          )}
          <h2>{t('sme.courses')}</h2>
          {s.courseProgress.length === 0 ? (
            <p>{t('words.none')}</p>
          ) : (
            <ul className="records">
              {s.courseProgress.map((c) => (
                <li key={c.courseCode}>
                  <label>
                    {c.courseCode} <progress max={100} value={c.progressPercent} /> {c.progressPercent}%
                  </label>
                </li>
              ))}
            </ul>
          )}
          <h2>{t('sme.flags')}</h2>
          {s.openFlags.length === 0 ? (
            <p>{t('words.none')}</p>
          ) : (
            <ul className="records">
              {s.openFlags.map((f) => (
                <li key={f.id}>
                  <strong>{wordFor(t, 'flagType', f.type)}</strong> ({wordFor(t, 'flagStatus', f.status)}): {flagReasonWords(t, f.reasons, f.reasonDetails, format.date)}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('sme.history')}</h2>
          {history.data && <HistoryTable assignments={history.data.items} other="tutor" />}
          <h2>{t('sme.sessions')}</h2>
          <SessionsTable query={{ smeId: s.id }} />
        </>
      )}
    </Page>
  );
}

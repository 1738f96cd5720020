import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { Page as ListPage } from '../api/types';
import { useFormat } from '../format/use-format';
import { Page } from '../shell/page';
import { changeRow, isUnderway } from './change-words';
import { changeReasonWords } from './reason-words';
import type { RebalanceChange, RebalanceSummary } from './coordinator-types';
import { ListResults } from './list-results';
import { Problem } from './problem';
import { SmeLink } from './record-links';
import { useCursorPages } from './use-cursor-pages';
import { useLoad } from './use-load';
import { useRun } from './use-run';
import { wordFor } from './vocabulary';

const SUMMARY_KEYS = ['kept', 'moved', 'added', 'ended', 'unassigned'] as const satisfies readonly (keyof RebalanceSummary)[];

/** One run: its progress while it runs, then its summary, its changes page by page, and `Apply plan`. */
export function RebalancePage() {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const { id = '' } = useParams();
  const run = useRun(id);
  const r = run.data;
  const done = r?.status === 'completed';
  const pages = useCursorPages();
  const changes = useLoad<ListPage<RebalanceChange>>(done ? `/api/rebalances/${id}/changes` : null, { cursor: pages.cursor, limit: 20 });
  const [applyError, setApplyError] = useState<unknown>();
  const [applying, setApplying] = useState(false);
  const apply = async () => {
    setApplying(true);
    setApplyError(undefined);
    try {
      await api(`/api/rebalances/${id}/apply`, { method: 'POST' });
      run.reload();
    } catch (failure) {
      setApplyError(failure);
    } finally {
      setApplying(false);
    }
  };
  const stale = applyError instanceof ApiError && applyError.code === 'PLAN_STALE';
  return (
    <Page title={t('titles.rebalance')}>
      <Problem error={run.error ?? changes.error} />
      {r && (
        <>
          <p>
            {format.dateTime(r.createdAt)} · {r.provinceName ?? t('rebalances.wholeProgram')} · {wordFor(t, 'status', r.status)}
          </p>
          {(isUnderway(r.status) || done) && (
            <div className="progress">
              <progress max={100} value={r.progress} aria-label={t('rebalances.progress')} /> <span>{r.progress}%</span>
            </div>
          )}
          {r.status === 'failed' && (
            <p role="alert" className="alert">
              {t('rebalances.failed', { error: r.error ?? '' })}
            </p>
          )}
          {r.applied && <p role="status">{t('rebalances.appliedNow')}</p>}
          {stale ? (
            <p role="alert" className="alert">
              {t('rebalances.stale')}
            </p>
          ) : (
            <Problem error={applyError} />
          )}
          {done && r.dryRun && !r.applied && (
            <button type="button" className="button button-primary" disabled={applying} onClick={() => void apply()}>
              {t('rebalances.apply')}
            </button>
          )}
          {r.summary && (
            <>
              <h2>{t('rebalances.summary')}</h2>
              <dl className="facts summary">
                {SUMMARY_KEYS.map((key) => (
                  <div key={key}>
                    <dt>{t(`rebalances.${key}`)}</dt>
                    <dd>{format.number(r.summary![key])}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          {done && changes.data && (
            <>
              <h2>{t('rebalances.changes')}</h2>
              <ListResults
                list={changes.data}
                pages={pages}
                empty={t('words.none')}
                columns={[
                  { header: t('rebalances.sme'), cell: (change) => <SmeLink id={change.smeId} /> },
                  { header: t('rebalances.change'), cell: (change) => wordFor(t, 'changeKind', change.kind) },
                  { header: t('rebalances.from'), cell: (change) => changeRow(change).from },
                  { header: t('rebalances.to'), cell: (change) => changeRow(change).to },
                  { header: t('rebalances.why'), cell: (change) => changeReasonWords(t, change) },
                ]}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}

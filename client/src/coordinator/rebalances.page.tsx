import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/api-client';
import type { Page as ListPage } from '../api/types';
import { useFormat } from '../format/use-format';
import { Page } from '../shell/page';
import type { Rebalance } from './coordinator-types';
import { ListResults } from './list-results';
import { Problem } from './problem';
import { ProvinceSelect } from './province-select';
import { useCursorPages } from './use-cursor-pages';
import { useLoad } from './use-load';
import { wordFor } from './vocabulary';

/** The runs, newest first, and `Preview rebalance` for the whole program or one province. */
export function RebalancesPage() {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const navigate = useNavigate();
  const pages = useCursorPages();
  const runs = useLoad<ListPage<Rebalance>>('/api/rebalances', { cursor: pages.cursor, limit: 20 });
  const [provinceCode, setProvinceCode] = useState('');
  const [error, setError] = useState<unknown>();
  const preview = async () => {
    try {
      const run = await api<Rebalance>('/api/rebalances', { method: 'POST', json: { dryRun: true, provinceCode: provinceCode || undefined } });
      navigate(`/coordinator/rebalances/${run.id}`);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Page title={t('nav.rebalances')}>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void preview();
        }}
      >
        <ProvinceSelect value={provinceCode} onChange={setProvinceCode} emptyLabel={t('rebalances.wholeProgram')} />
        <button type="submit" className="button button-primary">
          {t('rebalances.preview')}
        </button>
      </form>
      <Problem error={error ?? runs.error} />
      <h2>{t('rebalances.runs')}</h2>
      {runs.data && (
        <ListResults
          list={runs.data}
          pages={pages}
          columns={[
            { header: t('rebalances.started'), cell: (run) => <Link to={`/coordinator/rebalances/${run.id}`}>{format.dateTime(run.createdAt)}</Link> },
            { header: t('rebalances.scope'), cell: (run) => run.provinceName ?? t('rebalances.wholeProgram') },
            { header: t('rebalances.kind'), cell: (run) => (run.applied ? t('rebalances.applied') : run.dryRun ? t('rebalances.dryRun') : t('rebalances.applyRun')) },
            { header: t('words.status'), cell: (run) => wordFor(t, 'status', run.status) },
          ]}
        />
      )}
    </Page>
  );
}

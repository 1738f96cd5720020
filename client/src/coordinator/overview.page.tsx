import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import { Page } from '../shell/page';
import { BarChart } from './bar-chart';
import type { Overview, ProvinceCoverage } from './coordinator-types';
import { Problem } from './problem';
import { ProvinceMap } from './province-map';
import { useLoad } from './use-load';
import { FLAG_TYPES, SEGMENTS, SME_STATUSES, segmentWord, wordFor } from './vocabulary';

/** The program at a glance, from the two report routes only: nothing lists the whole program. */
export function OverviewPage() {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const overview = useLoad<Overview>('/api/reports/overview');
  const coverage = useLoad<{ items: ProvinceCoverage[] }>('/api/reports/coverage');
  const o = overview.data;
  return (
    <Page title={t('nav.overview')}>
      <Problem error={overview.error ?? coverage.error} />
      {o && <p>{t('overview.computedAt', { time: format.dateTime(o.computedAt) })}</p>}
      {o && (
        <div className="overview-grid">
          <section aria-labelledby="load-heading">
            <h2 id="load-heading">{t('overview.tutorsByLoad')}</h2>
            <BarChart caption={t('overview.tutorsByLoad')} labelHeader={t('overview.loadColumn')} valueHeader={t('overview.tutorsColumn')} figures={['0', '1', '2', '3'].map((load) => ({ label: load, value: o.tutorsByLoad[load] ?? 0 }))} />
          </section>
          <section aria-labelledby="status-heading">
            <h2 id="status-heading">{t('overview.smesByStatus')}</h2>
            <BarChart caption={t('overview.smesByStatus')} labelHeader={t('words.status')} valueHeader={t('words.count')} figures={SME_STATUSES.map((s) => ({ label: wordFor(t, 'status', s), value: o.smesByStatus[s] ?? 0 }))} />
            <p>{t('overview.waiting', { count: o.smesByAssignment.unassigned ?? 0 })}</p>
          </section>
          <section aria-labelledby="segment-heading">
            <h2 id="segment-heading">{t('overview.smesBySegment')}</h2>
            <BarChart caption={t('overview.smesBySegment')} labelHeader={t('words.segment')} valueHeader={t('words.count')} figures={SEGMENTS.map((s) => ({ label: segmentWord(t, s), value: o.smesBySegment[s] ?? 0 }))} />
          </section>
          <section aria-labelledby="flags-heading">
            <h2 id="flags-heading">{t('overview.openFlags')}</h2>
            <BarChart caption={t('overview.openFlags')} labelHeader={t('overview.flagColumn')} valueHeader={t('words.count')} figures={FLAG_TYPES.map((type) => ({ label: wordFor(t, 'flagType', type), value: o.openFlagsByType[type] ?? 0 }))} />
          </section>
          <section aria-labelledby="completion-heading">
            <h2 id="completion-heading">{t('overview.courseCompletion')}</h2>
            <BarChart
              caption={t('overview.courseCompletion')}
              labelHeader={t('overview.courseCompletion')}
              valueHeader="%"
              figures={[
                { label: t('overview.completedLabel'), value: Math.round(o.courseCompletionRate * 100) },
                { label: t('overview.remainingLabel'), value: 100 - Math.round(o.courseCompletionRate * 100) },
              ]}
            />
            <p>{t('overview.completionText', { share: format.percent(o.courseCompletionRate) })}</p>
          </section>
        </div>
      )}
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('overview.coverage')}</h2>
        {coverage.data && <ProvinceMap provinces={coverage.data.items} />}
      </section>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page as ListPage } from '../api/types';
import { Page } from '../shell/page';
import type { Sme } from './coordinator-types';
import { ListResults } from './list-results';
import { NameAndPlaceFilters } from './name-and-place-filters';
import { Problem } from './problem';
import { ChoiceSelect } from './province-select';
import { useFilters } from './use-filters';
import { useLoad } from './use-load';
import { SEGMENTS, SME_STATUSES, segmentWord, wordFor } from './vocabulary';

export function SmesPage() {
  const { t } = useTranslation('coordinator');
  const { filters, set, change, pages } = useFilters({ q: '', provinceCode: '', regencyCode: '', status: '', segment: '', unassigned: false as boolean, flagged: false as boolean });
  const list = useLoad<ListPage<Sme>>('/api/smes', { ...filters, unassigned: filters.unassigned || undefined, flagged: filters.flagged || undefined, cursor: pages.cursor, limit: 20 });
  return (
    <Page title={t('nav.smes')}>
      <form className="filters" aria-label={t('words.filters')} onSubmit={(event) => event.preventDefault()}>
        <NameAndPlaceFilters filters={filters} change={change} />
        <ChoiceSelect label={t('words.status')} value={filters.status} onChange={(v) => set('status', v)} options={SME_STATUSES.map((s) => ({ value: s, label: wordFor(t, 'status', s) }))} />
        <ChoiceSelect label={t('words.segment')} value={filters.segment} onChange={(v) => set('segment', v)} options={SEGMENTS.map((s) => ({ value: s, label: segmentWord(t, s) }))} />
        <label className="check">
          <input type="checkbox" checked={filters.unassigned} onChange={(event) => set('unassigned', event.target.checked)} /> {t('lists.unassignedOnly')}
        </label>
        <label className="check">
          <input type="checkbox" checked={filters.flagged} onChange={(event) => set('flagged', event.target.checked)} /> {t('words.flaggedOnly')}
        </label>
      </form>
      <Problem error={list.error} />
      {list.data && (
        <ListResults
          list={list.data}
          pages={pages}
          columns={[
            { header: t('lists.businessName'), cell: (sme) => <Link to={`/coordinator/smes/${sme.id}`}>{sme.businessName}</Link> },
            { header: t('lists.place'), cell: (sme) => `${sme.regencyName}, ${sme.provinceName}` },
            { header: t('words.status'), cell: (sme) => wordFor(t, 'status', sme.status) },
            { header: t('words.segment'), cell: (sme) => segmentWord(t, sme.segment) },
          ]}
        />
      )}
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page as ListPage } from '../api/types';
import { Page } from '../shell/page';
import type { Tutor } from './coordinator-types';
import { ListResults } from './list-results';
import { NameAndPlaceFilters } from './name-and-place-filters';
import { Problem } from './problem';
import { ChoiceSelect } from './province-select';
import { useFilters } from './use-filters';
import { useLoad } from './use-load';
import { BUSINESS_CATEGORIES, TUTOR_STATUSES, wordFor } from './vocabulary';

export function TutorsPage() {
  const { t } = useTranslation('coordinator');
  const { filters, set, change, pages } = useFilters({ q: '', provinceCode: '', regencyCode: '', status: '', category: '' });
  const list = useLoad<ListPage<Tutor>>('/api/tutors', { ...filters, cursor: pages.cursor, limit: 20 });
  return (
    <Page title={t('nav.tutors')}>
      <form className="filters" aria-label={t('words.filters')} onSubmit={(event) => event.preventDefault()}>
        <NameAndPlaceFilters filters={filters} change={change} />
        <ChoiceSelect label={t('words.status')} value={filters.status} onChange={(v) => set('status', v)} options={TUTOR_STATUSES.map((s) => ({ value: s, label: wordFor(t, 'status', s) }))} />
        <ChoiceSelect label={t('words.category')} value={filters.category} onChange={(v) => set('category', v)} options={BUSINESS_CATEGORIES.map((c) => ({ value: c, label: wordFor(t, 'category', c) }))} />
      </form>
      <Problem error={list.error} />
      {list.data && (
        <ListResults
          list={list.data}
          pages={pages}
          columns={[
            { header: t('lists.name'), cell: (tutor) => <Link to={`/coordinator/tutors/${tutor.id}`}>{tutor.name}</Link> },
            { header: t('lists.place'), cell: (tutor) => `${tutor.regencyName}, ${tutor.provinceName}` },
            { header: t('lists.load'), cell: (tutor) => t('lists.loadOf', { load: tutor.load, max: tutor.maxSmes }) },
            { header: t('words.status'), cell: (tutor) => wordFor(t, 'status', tutor.status) },
          ]}
        />
      )}
    </Page>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page as ListPage } from '../api/types';
import { useFormat } from '../format/use-format';
import { Page } from '../shell/page';
import type { Flag } from './coordinator-types';
import { FlagActions } from './flag-actions';
import { Pager } from './pager';
import { Problem } from './problem';
import { flagReasonWords } from './reason-words';
import { ChoiceSelect, ProvinceSelect } from './province-select';
import { SmeLink } from './record-links';
import { useFilters } from './use-filters';
import { useLoad } from './use-load';
import { FLAG_TYPES, wordFor } from './vocabulary';

const FLAG_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

/** The flags to act on, by type, province and status; each acknowledged or resolved with a note. */
export function FlagsPage() {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const { filters, set, pages } = useFilters({ type: '', provinceCode: '', status: 'open' });
  const list = useLoad<ListPage<Flag>>('/api/flags', { ...filters, cursor: pages.cursor, limit: 20 });
  const [changed, setChanged] = useState<Record<string, Flag>>({});
  const [news, setNews] = useState('');
  return (
    <Page title={t('nav.flags')}>
      <form className="filters" aria-label={t('words.filters')} onSubmit={(event) => event.preventDefault()}>
        <ChoiceSelect label={t('flags.type')} value={filters.type} onChange={(v) => set('type', v)} options={FLAG_TYPES.map((type) => ({ value: type, label: wordFor(t, 'flagType', type) }))} />
        <ProvinceSelect value={filters.provinceCode} onChange={(code) => set('provinceCode', code)} />
        <ChoiceSelect label={t('words.status')} value={filters.status} onChange={(v) => set('status', v)} options={FLAG_STATUSES.map((s) => ({ value: s, label: wordFor(t, 'flagStatus', s) }))} />
      </form>
      <p role="status">{news}</p>
      <Problem error={list.error} />
      {list.data && (
        <>
          {list.data.items.length === 0 && <p>{t('words.noRows')}</p>}
          <ul className="flag-list">
            {list.data.items.map((listed) => {
              const flag = changed[listed.id] ?? listed;
              return (
                <li key={flag.id} className="card">
                  <h2 className="card-title">
                    <SmeLink id={flag.smeId} />
                  </h2>
                  <p>
                    <strong>{wordFor(t, 'flagType', flag.type)}</strong> · {wordFor(t, 'flagStatus', flag.status)} · {format.date(flag.openedAt)}
                  </p>
                  <p>{flagReasonWords(t, flag.reasons, flag.reasonDetails, format.date)}</p>
                  <FlagActions
                    flag={flag}
                    onChanged={(updated) => {
                      setChanged((all) => ({ ...all, [updated.id]: updated }));
                      setNews(t('flags.done', { status: wordFor(t, 'flagStatus', updated.status) }));
                    }}
                  />
                </li>
              );
            })}
          </ul>
          <Pager pages={pages} nextCursor={list.data.nextCursor} />
        </>
      )}
    </Page>
  );
}

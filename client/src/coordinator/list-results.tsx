import { useTranslation } from 'react-i18next';
import type { Page as ListPage } from '../api/types';
import { Pager } from './pager';
import { RecordTable, type Column } from './record-table';
import type { useCursorPages } from './use-cursor-pages';

/** One page of a filtered list: its table, a word when nothing matches, and the cursor pager. */
export function ListResults<T extends { id: string }>({ list, columns, pages, empty }: { list: ListPage<T>; columns: Column<T>[]; pages: ReturnType<typeof useCursorPages>; empty?: string }) {
  const { t } = useTranslation('coordinator');
  return (
    <>
      <RecordTable columns={columns} rows={list.items} />
      {list.items.length === 0 && <p>{empty ?? t('words.noRows')}</p>}
      <Pager pages={pages} nextCursor={list.nextCursor} />
    </>
  );
}

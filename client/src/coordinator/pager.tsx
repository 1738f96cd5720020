import { useTranslation } from 'react-i18next';
import type { useCursorPages } from './use-cursor-pages';

/** Previous and next through the API's cursors. */
export function Pager({ pages, nextCursor }: { pages: ReturnType<typeof useCursorPages>; nextCursor: string | null | undefined }) {
  const { t } = useTranslation('coordinator');
  return (
    <div className="pager">
      <button type="button" className="button" disabled={pages.pageNumber === 1} onClick={pages.previous}>
        {t('words.previous')}
      </button>
      <span>{t('words.page', { number: pages.pageNumber })}</span>
      <button type="button" className="button" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        {t('words.next')}
      </button>
    </div>
  );
}

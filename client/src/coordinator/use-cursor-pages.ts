import { useCallback, useState } from 'react';

/** The cursors of the pages seen so far, so a list can step back as well as on through the API's cursors. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors[cursors.length - 1],
    pageNumber: cursors.length,
    next: useCallback((nextCursor: string) => setCursors((list) => [...list, nextCursor]), []),
    previous: useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []),
    reset: useCallback(() => setCursors([undefined]), []),
  };
}

import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/api-client';
import type { Page } from '../api/types';
import type { MentoringSession } from './tutor-types';

const PAGE_SIZE = 10;

interface SessionsState {
  items: MentoringSession[];
  nextCursor: string | null;
  status: 'loading' | 'loaded' | 'failed';
  error?: unknown;
}

/** `GET /api/me/sessions`, newest first, one cursor page at a time; `reload()` starts again at the first page. */
export function useMySessions() {
  const [state, setState] = useState<SessionsState>({ items: [], nextCursor: null, status: 'loading' });
  const [round, setRound] = useState(0);

  const fetchPage = useCallback((cursor: string | null, signal?: AbortSignal) => api<Page<MentoringSession>>('/api/me/sessions', { query: { limit: PAGE_SIZE, cursor }, signal }), []);

  useEffect(() => {
    const controller = new AbortController();
    fetchPage(null, controller.signal).then(
      (page) => setState({ items: page.items, nextCursor: page.nextCursor, status: 'loaded' }),
      (error: unknown) => !controller.signal.aborted && setState({ items: [], nextCursor: null, status: 'failed', error }),
    );
    return () => controller.abort();
  }, [fetchPage, round]);

  const loadMore = useCallback(async () => {
    if (!state.nextCursor) return;
    setState((s) => ({ ...s, status: 'loading' }));
    try {
      const page = await fetchPage(state.nextCursor);
      setState((s) => ({ items: [...s.items, ...page.items], nextCursor: page.nextCursor, status: 'loaded' }));
    } catch (error) {
      setState((s) => ({ ...s, status: 'failed', error }));
    }
  }, [fetchPage, state.nextCursor]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, loadMore, reload };
}

import { useCallback, useEffect, useState } from 'react';
import { api, type RequestOptions } from '../api/api-client';

export type Loaded<T> = { data?: T; error?: unknown; reload: () => void };

/** GETs a path whenever it or its query changes; a later answer never shows under an earlier request. */
export function useLoad<T>(path: string | null, query?: RequestOptions['query']): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  const [round, setRound] = useState(0);
  const key = JSON.stringify(query ?? {});
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api<T>(path, { query: JSON.parse(key) as RequestOptions['query'], signal: controller.signal }).then(
      (data) => setState({ data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ error });
      },
    );
    return () => controller.abort();
  }, [path, key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

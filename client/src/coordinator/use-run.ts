import { useEffect } from 'react';
import { isUnderway } from './change-words';
import type { Rebalance } from './coordinator-types';
import { useLoad } from './use-load';

const POLL_MS = 700;

/** One run, read again while it is queued or running so its progress bar moves. */
export function useRun(id: string) {
  const run = useLoad<Rebalance>(`/api/rebalances/${id}`);
  const { reload } = run;
  const underway = run.data ? isUnderway(run.data.status) : false;
  const progress = run.data?.progress;
  useEffect(() => {
    if (!underway) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [underway, progress, reload, run.data]);
  return run;
}

/**
 * A worker's lock on its job lasts the configured JOB_LOCK_SECONDS: a dead worker's job is taken
 * over after that, and stalled jobs are looked for at least every 30 s.
 */
export function workerLockOptions(jobLockSeconds: number): { lockDuration: number; stalledInterval: number } {
  const lockDuration = jobLockSeconds * 1000;
  return { lockDuration, stalledInterval: Math.min(lockDuration, 30_000) };
}

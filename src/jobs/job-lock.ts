import { DEFAULT_JOB_LOCK_SECONDS } from '../config/app-config.js';

/**
 * Worker options are fixed by the @Processor decorator when its module loads, before main reads
 * the configuration; loadConfig validates JOB_LOCK_SECONDS and stops a start with a bad value.
 */
export function workerLockOptions(env: NodeJS.ProcessEnv = process.env): { lockDuration: number; stalledInterval: number } {
  const seconds = Number(env.JOB_LOCK_SECONDS);
  const lockDuration = (Number.isInteger(seconds) && seconds > 0 ? seconds : DEFAULT_JOB_LOCK_SECONDS) * 1000;
  return { lockDuration, stalledInterval: Math.min(lockDuration, 30_000) };
}

import { Logger } from '@nestjs/common';

/** How long SIGTERM or SIGINT may take to stop a process, whatever Redis and the database do. */
export const SHUTDOWN_GRACE_MS = 10_000;
const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Nest closes the application on a signal (enableShutdownHooks), and closing waits for Redis, the
 * database and the job a worker holds, any of which can hang in an outage. Past the grace period
 * the process exits anyway: an unfinished apply is one transaction, so the database rolls it back,
 * and its job is taken over by another worker.
 */
export function boundShutdown(graceMs = SHUTDOWN_GRACE_MS): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      setTimeout(() => {
        new Logger('Shutdown').warn(`${signal}: still closing after ${graceMs / 1000} s; exiting now`);
        process.exit(1);
      }, graceMs).unref();
    });
  }
}

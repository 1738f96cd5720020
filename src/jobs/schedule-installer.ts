import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobEnqueuer } from './job-enqueuer.js';

const RETRY_MS = 5_000;

/**
 * Installs the queue schedules when a worker starts. The schedules come from the program settings,
 * and a worker may start before the database is migrated, so a failed attempt is retried until it
 * succeeds or the process stops.
 */
@Injectable()
export class ScheduleInstaller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScheduleInstaller.name);
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly enqueuer: JobEnqueuer) {}

  onApplicationBootstrap(): void {
    void this.install();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  private async install(): Promise<void> {
    try {
      await this.enqueuer.installSchedules();
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn({ err: error }, `could not install the queue schedules yet; retrying in ${RETRY_MS / 1000} s`);
      this.retry = setTimeout(() => void this.install(), RETRY_MS);
    }
  }
}

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProgramEvent, ProgramEvents } from '../common/program-events.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobEnqueuer } from './job-enqueuer.js';
import { JobRequestRow } from './job-request.entity.js';
import { INSTALL_SCHEDULES, JobRequest, RebalanceJob, TrackingJob } from './queues.js';

/** How often every process looks for requests still waiting for Redis. */
const OUTBOX_SWEEP_MS = 5_000;
const BATCH = 100;

/** The job a program event asks for, if any. */
function requestFor(event: ProgramEvent): JobRequest | null {
  switch (event.type) {
    case 'course-progress.recorded':
      return { name: TrackingJob.evaluateSmes, data: { smeIds: event.smeIds } };
    case 'settings.changed':
      return event.sections.some((section) => section === 'schedule' || section === 'notifications') ? { name: INSTALL_SCHEDULES, data: {} } : null;
    default:
      return { name: RebalanceJob.trigger, data: { reason: 'events' } };
  }
}

/**
 * The job-request outbox. A change records the jobs it needs in its own transaction; after the
 * commit they go to Redis in the background, so a write answers in its normal time whether Redis
 * is up or not. A request leaves the outbox only once the queue holds its job, and a periodic sweep
 * sends what an outage (or a stopped process) left behind; job ids make a second send add nothing.
 */
@Injectable()
export class JobOutbox implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobOutbox.name);
  private dispatching = false;
  private again = false;
  private stopped = false;
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly enqueuer: JobEnqueuer,
    private readonly events: ProgramEvents,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (manager, event) => {
      const request = requestFor(event);
      if (request) await this.record(manager, request);
    });
  }

  onApplicationBootstrap(): void {
    this.sweep = setInterval(() => this.dispatchSoon(), OUTBOX_SWEEP_MS);
    this.dispatchSoon();
  }

  /** A send still waiting for Redis is left behind: its request stays in the outbox for the next process. */
  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.sweep);
  }

  /** Records a job request in the caller's transaction; it is sent once that transaction commits. */
  async record(manager: EntityManager, request: JobRequest): Promise<void> {
    await manager.getRepository(JobRequestRow).insert(request);
    this.unitOfWork.afterCommit(manager, () => this.dispatchSoon());
  }

  /** Starts sending, unless a send is under way: that one then looks again when it is done. */
  dispatchSoon(): void {
    if (this.stopped) return;
    if (this.dispatching) {
      this.again = true;
      return;
    }
    this.dispatching = true;
    this.dispatchPending()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not read the job-request outbox'))
      .finally(() => (this.dispatching = false));
  }

  private async dispatchPending(): Promise<void> {
    do {
      this.again = false;
      const pending = await this.dataSource.getRepository(JobRequestRow).find({ order: { createdAt: 'ASC' }, take: BATCH });
      let sent = 0;
      for (const row of pending) {
        if (this.stopped) return;
        if (await this.send(row)) sent++;
      }
      // A full batch may have more behind it, unless nothing of it went through.
      if (pending.length === BATCH && sent > 0) this.again = true;
    } while (this.again && !this.stopped);
  }

  /** One request that cannot be sent stays for the next sweep and holds up none behind it. */
  private async send(row: JobRequestRow): Promise<boolean> {
    try {
      await this.enqueuer.enqueue(row.id, { name: row.name, data: row.data } as JobRequest);
      await this.unitOfWork.run((manager) => manager.getRepository(JobRequestRow).delete({ id: row.id }));
      return true;
    } catch (error) {
      this.logger.warn({ err: error, request: row.id, name: row.name }, `job request waits in the outbox; next try within ${OUTBOX_SWEEP_MS / 1000} s`);
      return false;
    }
  }
}

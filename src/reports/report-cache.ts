import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Clock } from '../common/clock.js';

/** A slow report is read again once its last reading is this many times as old as that reading took: it keeps the database busy a quarter of the time at most. */
const REFRESH_AFTER_TIMES_ITS_COST = 4;

/** A report as served: its figures and when they were read. */
export type Reading<T> = T & { computedAt: string };

interface Computation {
  /** The database's state it was read in, where the database has a stamp of it (SQLite). */
  stamp: string | null;
  startedAt: Date;
  value: Promise<Reading<object>>;
}

interface FinishedComputation extends Computation {
  tookMs: number;
}

/**
 * Serves each report from the cheapest reading that is still true enough:
 * - on SQLite a reading made in the database's current state (this connection's count of changed
 *   rows with the file's data version, which moves when another process commits) is served again,
 *   because there every query holds the process;
 * - a report that took longer than `liveMs` to compute (a national program's, seconds) is served
 *   from its last reading while it is younger than `maxAgeSeconds`, and a request starts a new
 *   reading in the background when none is under way and the last is four times as old as it took:
 *   a coordinator's request never waits for the whole program to be counted, and `computedAt` says
 *   how old the figures are;
 * - otherwise the report is computed for the request, so a small program's figures follow every write.
 */
@Injectable()
export class ReportCache {
  private readonly logger = new Logger(ReportCache.name);
  private readonly latest = new Map<string, FinishedComputation>();
  private readonly running = new Map<string, Computation>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async get<T extends object>(name: string, compute: () => Promise<T>): Promise<Reading<T>> {
    const stamp = await this.stamp();
    const last = this.latest.get(name);
    const running = this.running.get(name);
    if (last && stamp !== null && last.stamp === stamp) return last.value as Promise<Reading<T>>;
    if (last && this.servesFromLast(last)) {
      if (!running && this.ageMs(last) >= REFRESH_AFTER_TIMES_ITS_COST * last.tookMs) {
        this.start(name, stamp, compute).value.catch((error: Error) => this.logger.warn(`report ${name} not refreshed: ${error.message}`));
      }
      return last.value as Promise<Reading<T>>;
    }
    if (running && stamp !== null && running.stamp === stamp) return running.value as Promise<Reading<T>>;
    return this.start(name, stamp, compute).value as Promise<Reading<T>>;
  }

  private servesFromLast(last: FinishedComputation): boolean {
    const { liveMs, maxAgeSeconds } = this.config.reports;
    return last.tookMs >= liveMs && this.ageMs(last) < maxAgeSeconds * 1000;
  }

  private ageMs(computation: Computation): number {
    return this.clock.now().getTime() - computation.startedAt.getTime();
  }

  private start(name: string, stamp: string | null, compute: () => Promise<object>): Computation {
    const startedAt = this.clock.now();
    const began = performance.now();
    const computation: Computation = { stamp, startedAt, value: compute().then((figures) => ({ ...figures, computedAt: startedAt.toISOString() })) };
    this.running.set(name, computation);
    const settle = (succeeded: boolean) => {
      if (this.running.get(name) === computation) this.running.delete(name);
      if (!succeeded) return;
      const last = this.latest.get(name);
      if (!last || last.startedAt <= startedAt) this.latest.set(name, { ...computation, tookMs: performance.now() - began });
    };
    computation.value.then(() => settle(true), () => settle(false));
    return computation;
  }

  /** Read before the report is computed, so a write during the computation makes the next request compute again. */
  private async stamp(): Promise<string | null> {
    if (this.dataSource.options.type !== 'better-sqlite3') return null;
    const [row] = await this.dataSource.query('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version');
    return `${row.changes}:${row.version}`;
  }
}

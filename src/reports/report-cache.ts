import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * On SQLite every query holds the process, so a report is computed once per state of the
 * database and served again until something writes: the stamp is this connection's count of
 * changed rows with the file's data version, which moves when another process (a worker) commits.
 * PostgreSQL answers the reports beside other requests, so there they are always computed.
 */
@Injectable()
export class ReportCache {
  private readonly entries = new Map<string, { stamp: string; value: Promise<unknown> }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get<T>(name: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.stamp();
    if (stamp === null) return compute();
    const hit = this.entries.get(name);
    if (hit?.stamp === stamp) return hit.value as Promise<T>;
    const entry = { stamp, value: compute() };
    this.entries.set(name, entry);
    entry.value.catch(() => {
      if (this.entries.get(name) === entry) this.entries.delete(name);
    });
    return entry.value;
  }

  /** Read before the report is computed, so a write during the computation makes the next request compute again. */
  private async stamp(): Promise<string | null> {
    if (this.dataSource.options.type !== 'better-sqlite3') return null;
    const [row] = await this.dataSource.query('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version');
    return `${row.changes}:${row.version}`;
  }
}

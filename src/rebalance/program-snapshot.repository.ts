import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { copyOut } from '../database/copy-out.js';
import type { Assignment } from '../assignments/assignment.entity.js';
import type { Sme } from '../smes/sme.entity.js';
import type { TutorMatchingColumns } from '../tutors/tutor.repository.js';
import { SNAPSHOT_COLUMNS, SnapshotAssembly } from './solve/snapshot-rows.js';
import type { SnapshotPage, SnapshotPart } from './solve/solve-messages.js';

/** The columns a rebalance reads: the engine's input and, for assignments, what the diff compares. */
export type SnapshotTutor = TutorMatchingColumns;
export type SnapshotSme = Pick<Sme, 'id' | 'provinceCode' | 'regencyCode' | 'category' | 'languages' | 'internetAccess' | 'segment'>;
export type SnapshotAssignment = Pick<Assignment, 'smeId' | 'tutorId' | 'pinned'>;

/** What a rebalance decides over, read at one moment. */
export interface ProgramSnapshot {
  activeTutors: SnapshotTutor[];
  activeSmes: SnapshotSme[];
  activeAssignments: SnapshotAssignment[];
  needsContinuedMentoring: Set<string>;
  /** SMEs whose active pair has logged at least one mentoring session. */
  pairsWithSessions: Set<string>;
}

/** Rows per SQLite read: small enough that neither a page's query (synchronous there) nor handing it on holds the event loop long. */
const PAGE = 20_000;

/**
 * Each part's query: its rows from `table` (aliased by its first letter) where `where` holds, its
 * columns as SNAPSHOT_COLUMNS names them, read in order of the first.
 */
const PARTS: { part: SnapshotPart; table: string; where: string; distinct?: boolean }[] = [
  { part: 'tutors', table: 'tutor', where: `t.status = 'active'` },
  { part: 'smes', table: 'sme', where: `s.status IN ('enrolled', 'mentoring')` },
  { part: 'assignments', table: 'assignment', where: 'a."endedAt" IS NULL' },
  { part: 'continuedMentoring', table: 'flag', where: `f.type = 'NEEDS_CONTINUED_MENTORING' AND f.status <> 'resolved'`, distinct: true },
  {
    part: 'pairsWithSessions',
    table: 'assignment',
    where: 'a."endedAt" IS NULL AND EXISTS (SELECT 1 FROM mentoring_session m WHERE m."smeId" = a."smeId" AND m."tutorId" = a."tutorId")',
  },
];

type PartSpec = (typeof PARTS)[number];

/** A part's query, ordered by its key column (`key`, as `alias` in its rows). */
function partQuery(manager: EntityManager, { part, table, where, distinct = false }: PartSpec): { query: SelectQueryBuilder<object>; key: string; alias: string } {
  const columns = SNAPSHOT_COLUMNS[part];
  const from = table[0];
  const query = manager.createQueryBuilder().from(table, from).select(columns.map((column) => `${from}."${column}" AS "${column}"`)).distinct(distinct).where(where);
  const key = `${from}."${columns[0]}"`;
  return { query: query.orderBy(key), key, alias: columns[0] };
}

@Injectable()
export class ProgramSnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reads the columns a rebalance uses (no entity objects), page by page, handing each page on as
   * it arrives; `onPart` hears each part finished. On PostgreSQL each part is one `COPY ... TO
   * STDOUT`, inside one repeatable-read transaction, so the parts make one consistent snapshot and
   * each is planned once (a semi-join, not a lookup per pair); its pages are the rows' bytes, parsed
   * by whoever takes them, so this thread does no per-row work. On SQLite, whose one
   * connection a long transaction would hold from every request, parts are read in keyset pages,
   * and a change between pages moves the assignments' stamp, so the apply refuses the plan.
   */
  async stream(send: (part: SnapshotPart, page: SnapshotPage) => Promise<void>, onPart: (done: number, of: number) => Promise<void> = async () => undefined): Promise<void> {
    const postgres = this.dataSource.options.type === 'postgres';
    const read = async (manager: EntityManager) => {
      for (const [index, spec] of PARTS.entries()) {
        await (postgres ? readByCopy : readInPages)(manager, spec, (page) => send(spec.part, page));
        await onPart(index + 1, PARTS.length);
      }
    };
    if (postgres) await this.dataSource.transaction('REPEATABLE READ', read);
    else await read(this.dataSource.manager);
  }

  /** The whole snapshot in this thread (tests compare a run's plan with one made from it). */
  async load(): Promise<ProgramSnapshot> {
    const assembly = new SnapshotAssembly();
    await this.stream(async (part, page) => assembly.add(part, page));
    return assembly.finish();
  }
}

/** The part as COPY text pages: the job's thread copies bytes, and the solve thread parses them. */
async function readByCopy(manager: EntityManager, spec: PartSpec, send: (page: SnapshotPage) => Promise<void>): Promise<void> {
  const [sql] = partQuery(manager, spec).query.getQueryAndParameters();
  const client = (await (manager.queryRunner as PostgresQueryRunner).connect()) as PoolClient;
  await copyOut(client, sql, send);
}

async function readInPages(manager: EntityManager, spec: PartSpec, send: (page: SnapshotPage) => Promise<void>): Promise<void> {
  for (let after: unknown = null; ; ) {
    const { query, key, alias } = partQuery(manager, spec);
    const page = query.limit(PAGE);
    if (after !== null) page.andWhere(`${key} > :after`, { after });
    const rows = await page.getRawMany<Record<string, unknown>>();
    if (rows.length > 0) await send(rows);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1][alias];
  }
}

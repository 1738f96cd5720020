import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Assignment } from '../assignments/assignment.entity.js';
import type { Sme } from '../smes/sme.entity.js';
import type { TutorMatchingColumns } from '../tutors/tutor.repository.js';
import { SnapshotAssembly } from './solve/snapshot-rows.js';
import type { SnapshotPart } from './solve/solve-messages.js';

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

/** Rows per read: small enough that neither a page's query (synchronous on SQLite) nor handing it on holds the event loop long. */
const PAGE = 20_000;

/** Each part's raw rows, read in pages in order of `key` (its column named `alias` in a row). */
const PARTS: { part: SnapshotPart; key: string; alias: string; query: (m: EntityManager) => SelectQueryBuilder<object> }[] = [
  {
    part: 'tutors',
    key: 't.id',
    alias: 'id',
    query: (m) => m.createQueryBuilder().from('tutor', 't').select(['t.id AS id', 't."provinceCode" AS "provinceCode"', 't."regencyCode" AS "regencyCode"', 't.categories AS categories',
      't.languages AS languages', 't.modes AS modes', 't."maxSmes" AS "maxSmes"']).where(`t.status = 'active'`),
  },
  {
    part: 'smes',
    key: 's.id',
    alias: 'id',
    query: (m) => m.createQueryBuilder().from('sme', 's').select(['s.id AS id', 's."provinceCode" AS "provinceCode"', 's."regencyCode" AS "regencyCode"', 's.category AS category',
      's.languages AS languages', 's."internetAccess" AS "internetAccess"', 's.segment AS segment']).where(`s.status IN ('enrolled', 'mentoring')`),
  },
  {
    part: 'assignments',
    key: 'a."smeId"',
    alias: 'smeId',
    query: (m) => m.createQueryBuilder().from('assignment', 'a').select(['a."smeId" AS "smeId"', 'a."tutorId" AS "tutorId"', 'a.pinned AS pinned']).where('a."endedAt" IS NULL'),
  },
  {
    part: 'continuedMentoring',
    key: 'f."smeId"',
    alias: 'smeId',
    query: (m) => m.createQueryBuilder().from('flag', 'f').select('DISTINCT f."smeId"', 'smeId').where(`f.type = 'NEEDS_CONTINUED_MENTORING' AND f.status <> 'resolved'`),
  },
  {
    part: 'pairsWithSessions',
    key: 'a."smeId"',
    alias: 'smeId',
    query: (m) => m.createQueryBuilder().from('assignment', 'a').select('a."smeId"', 'smeId')
      .where('a."endedAt" IS NULL AND EXISTS (SELECT 1 FROM mentoring_session m WHERE m."smeId" = a."smeId" AND m."tutorId" = a."tutorId")'),
  },
];

@Injectable()
export class ProgramSnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reads the columns a rebalance uses as raw rows (no entity objects), page by page, handing each
   * page on as it arrives; `onPart` hears each part finished. On PostgreSQL each part is one query
   * read through a cursor, inside one repeatable-read transaction, so the parts make one consistent
   * snapshot and each is planned once (a semi-join, not a lookup per pair). On SQLite, whose one
   * connection a long transaction would hold from every request, parts are read in keyset pages,
   * and a change between pages moves the assignments' stamp, so the apply refuses the plan.
   */
  async stream(send: (part: SnapshotPart, rows: unknown[]) => Promise<void>, onPart: (done: number, of: number) => Promise<void> = async () => undefined): Promise<void> {
    const postgres = this.dataSource.options.type === 'postgres';
    const read = async (manager: EntityManager) => {
      for (const [index, spec] of PARTS.entries()) {
        await (postgres ? readThroughCursor : readInPages)(manager, spec, (rows) => send(spec.part, rows));
        await onPart(index + 1, PARTS.length);
      }
    };
    if (postgres) await this.dataSource.transaction('REPEATABLE READ', read);
    else await read(this.dataSource.manager);
  }

  /** The whole snapshot in this thread (tests compare a run's plan with one made from it). */
  async load(): Promise<ProgramSnapshot> {
    const assembly = new SnapshotAssembly();
    await this.stream(async (part, rows) => assembly.add(part, rows));
    return assembly.finish();
  }
}

type PartSpec = (typeof PARTS)[number];

async function readThroughCursor(manager: EntityManager, { query, key }: PartSpec, send: (rows: unknown[]) => Promise<void>): Promise<void> {
  const [sql, parameters] = query(manager).orderBy(key).getQueryAndParameters();
  await manager.query(`DECLARE snapshot_part NO SCROLL CURSOR FOR ${sql}`, parameters);
  for (;;) {
    const rows: unknown[] = await manager.query(`FETCH FORWARD ${PAGE} FROM snapshot_part`);
    if (rows.length > 0) await send(rows);
    if (rows.length < PAGE) break;
  }
  await manager.query('CLOSE snapshot_part');
}

async function readInPages(manager: EntityManager, { query, key, alias }: PartSpec, send: (rows: unknown[]) => Promise<void>): Promise<void> {
  for (let after: unknown = null; ; ) {
    const page = query(manager).orderBy(key).limit(PAGE);
    if (after !== null) page.andWhere(`${key} > :after`, { after });
    const rows = await page.getRawMany<Record<string, unknown>>();
    if (rows.length > 0) await send(rows);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1][alias];
  }
}

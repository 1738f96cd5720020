import type { ProgramSnapshot, SnapshotAssignment, SnapshotSme, SnapshotTutor } from '../program-snapshot.repository.js';
import type { SnapshotPart } from './solve-messages.js';

type Row = Record<string, unknown>;

/** SQLite returns JSON columns as text and booleans as 0 or 1; PostgreSQL as values. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * A program holds only a few distinct lists of categories, languages or modes, so each is kept once
 * and shared by every row that has it: at national scale millions of small arrays fewer to hold and
 * to collect. Shared lists are frozen, so a change to one would throw rather than reach other rows.
 */
class SharedLists {
  private readonly lists = new Map<string, readonly string[]>();

  of<T extends readonly string[]>(value: unknown): T {
    // SQLite's JSON text is its own key; PostgreSQL's parsed list is keyed by its items.
    const key = typeof value === 'string' ? value : (value as string[]).join('\u0001');
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = Object.freeze(json<string[]>(value))));
    return list as T;
  }
}

/** The snapshot put together from raw rows, page by page, in the thread that solves it. */
export class SnapshotAssembly {
  private readonly snapshot: ProgramSnapshot = { activeTutors: [], activeSmes: [], activeAssignments: [], needsContinuedMentoring: new Set(), pairsWithSessions: new Set() };
  private readonly lists = new SharedLists();

  add(part: SnapshotPart, rows: unknown[]): void {
    const { snapshot, lists } = this;
    for (const row of rows as Row[]) {
      if (part === 'tutors') snapshot.activeTutors.push(tutor(row, lists));
      else if (part === 'smes') snapshot.activeSmes.push(sme(row, lists));
      else if (part === 'assignments') snapshot.activeAssignments.push(assignment(row));
      else if (part === 'continuedMentoring') snapshot.needsContinuedMentoring.add(row.smeId as string);
      else snapshot.pairsWithSessions.add(row.smeId as string);
    }
  }

  finish(): ProgramSnapshot {
    return this.snapshot;
  }
}

function tutor(row: Row, lists: SharedLists): SnapshotTutor {
  return {
    id: row.id as string,
    provinceCode: row.provinceCode as string,
    regencyCode: row.regencyCode as string,
    categories: lists.of(row.categories),
    languages: lists.of(row.languages),
    modes: lists.of(row.modes),
    maxSmes: Number(row.maxSmes),
  };
}

function sme(row: Row, lists: SharedLists): SnapshotSme {
  return {
    id: row.id as string,
    provinceCode: row.provinceCode as string,
    regencyCode: row.regencyCode as string,
    category: row.category as SnapshotSme['category'],
    languages: lists.of(row.languages),
    internetAccess: row.internetAccess as SnapshotSme['internetAccess'],
    segment: row.segment as SnapshotSme['segment'],
  };
}

function assignment(row: Row): SnapshotAssignment {
  return { smeId: row.smeId as string, tutorId: row.tutorId as string, pinned: row.pinned === true || row.pinned === 1 };
}

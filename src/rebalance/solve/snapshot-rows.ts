import type { ProgramSnapshot, SnapshotAssignment, SnapshotSme, SnapshotTutor } from '../program-snapshot.repository.js';
import type { SnapshotPage, SnapshotPart } from './solve-messages.js';

type Row = Record<string, unknown>;

/** Each part's columns, in the order the snapshot's queries select them (a COPY page's fields come in this order). */
export const SNAPSHOT_COLUMNS: Record<SnapshotPart, readonly string[]> = {
  tutors: ['id', 'provinceCode', 'regencyCode', 'categories', 'languages', 'modes', 'maxSmes'],
  smes: ['id', 'provinceCode', 'regencyCode', 'category', 'languages', 'internetAccess', 'segment'],
  assignments: ['smeId', 'tutorId', 'pinned'],
  continuedMentoring: ['smeId'],
  pairsWithSessions: ['smeId'],
};

/**
 * A program holds only a few distinct lists of categories, languages or modes, so each is kept once
 * and shared by every row that has it: at national scale millions of small arrays fewer to hold and
 * to collect. Shared lists are frozen, so a change to one would throw rather than reach other rows.
 */
class SharedLists {
  private readonly lists = new Map<string, readonly string[]>();

  /** The list a JSON column's text holds (both databases give JSON columns here as text). */
  of<T extends readonly string[]>(value: unknown): T {
    const text = value as string;
    let list = this.lists.get(text);
    if (!list) this.lists.set(text, (list = Object.freeze(JSON.parse(text) as string[])));
    return list as T;
  }
}

/** The snapshot put together from raw rows or COPY pages, page by page, in the thread that solves it. */
export class SnapshotAssembly {
  private readonly snapshot: ProgramSnapshot = { activeTutors: [], activeSmes: [], activeAssignments: [], needsContinuedMentoring: new Set(), pairsWithSessions: new Set() };
  private readonly lists = new SharedLists();

  add(part: SnapshotPart, page: SnapshotPage): void {
    const { snapshot, lists } = this;
    const rows = Array.isArray(page) ? (page as Row[]) : copyRows(page as Uint8Array, SNAPSHOT_COLUMNS[part]);
    for (const row of rows) {
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

const decoder = new TextDecoder();
const COPY_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** A field of COPY's text format: `\N` is null, and a backslash escapes the character after it. */
const copyField = (field: string): string | null =>
  field === '\\N' ? null : field.includes('\\') ? field.replace(/\\(.)/g, (_, escaped: string) => COPY_ESCAPES[escaped] ?? escaped) : field;

/** The rows of a COPY text page: one per line, fields split by tabs, named by the part's columns. */
function copyRows(page: Uint8Array, columns: readonly string[]): Row[] {
  const lines = decoder.decode(page).split('\n');
  lines.pop();
  return lines.map((line) => {
    const fields = line.split('\t');
    const row: Row = {};
    columns.forEach((column, i) => (row[column] = copyField(fields[i])));
    return row;
  });
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

/** SQLite gives booleans as 0 or 1, PostgreSQL's COPY as t or f. */
function assignment(row: Row): SnapshotAssignment {
  return { smeId: row.smeId as string, tutorId: row.tutorId as string, pinned: row.pinned === 1 || row.pinned === 't' };
}

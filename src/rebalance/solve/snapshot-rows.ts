import type { ProgramSnapshot, SnapshotAssignment, SnapshotSme, SnapshotTutor } from '../program-snapshot.repository.js';
import type { SnapshotPart } from './solve-messages.js';

type Row = Record<string, unknown>;

/** SQLite returns JSON columns as text and booleans as 0 or 1; PostgreSQL as values. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** The snapshot put together from raw rows, page by page, in the thread that solves it. */
export class SnapshotAssembly {
  private readonly snapshot: ProgramSnapshot = { activeTutors: [], activeSmes: [], activeAssignments: [], needsContinuedMentoring: new Set(), pairsWithSessions: new Set() };

  add(part: SnapshotPart, rows: unknown[]): void {
    const { snapshot } = this;
    for (const row of rows as Row[]) {
      if (part === 'tutors') snapshot.activeTutors.push(tutor(row));
      else if (part === 'smes') snapshot.activeSmes.push(sme(row));
      else if (part === 'assignments') snapshot.activeAssignments.push(assignment(row));
      else if (part === 'continuedMentoring') snapshot.needsContinuedMentoring.add(row.smeId as string);
      else snapshot.pairsWithSessions.add(row.smeId as string);
    }
  }

  finish(): ProgramSnapshot {
    return this.snapshot;
  }
}

function tutor(row: Row): SnapshotTutor {
  return {
    id: row.id as string,
    provinceCode: row.provinceCode as string,
    regencyCode: row.regencyCode as string,
    categories: json(row.categories),
    languages: json(row.languages),
    modes: json(row.modes),
    maxSmes: Number(row.maxSmes),
  };
}

function sme(row: Row): SnapshotSme {
  return {
    id: row.id as string,
    provinceCode: row.provinceCode as string,
    regencyCode: row.regencyCode as string,
    category: row.category as SnapshotSme['category'],
    languages: json(row.languages),
    internetAccess: row.internetAccess as SnapshotSme['internetAccess'],
    segment: row.segment as SnapshotSme['segment'],
  };
}

function assignment(row: Row): SnapshotAssignment {
  return { smeId: row.smeId as string, tutorId: row.tutorId as string, pinned: row.pinned === true || row.pinned === 1 };
}

import type { EntityManager } from 'typeorm';
import type { Assignment } from '../../src/assignments/assignment.entity.js';
import type { AssignmentRepository, EndAssignment } from '../../src/assignments/assignment.repository.js';
import type { Clock } from '../../src/common/clock.js';
import type { UnitOfWork } from '../../src/database/unit-of-work.js';
import type { Flag } from '../../src/tracking/flag.entity.js';
import type { Notifier } from '../../src/notifications/notifier.service.js';
import type { FlagRepository } from '../../src/tracking/flag.repository.js';
import type { Sme } from '../../src/smes/sme.entity.js';
import type { SmeRepository } from '../../src/smes/sme.repository.js';
import type { Tutor } from '../../src/tutors/tutor.entity.js';
import type { TutorRepository } from '../../src/tutors/tutor.repository.js';

/** The one transaction of the fakes: each write lands at once, as a committed one would. */
export const MANAGER = {} as EntityManager;

export const inlineUnitOfWork = { run: <T>(work: (manager: EntityManager) => Promise<T>) => work(MANAGER) } as unknown as UnitOfWork;

export const clockAt = (now: Date) => ({ now: () => now }) as Clock;

/** A Notifier that only records which events it was told of, in order, instead of writing the outbox. */
export function recordingNotifier(): { notifier: Notifier; told: string[] } {
  const told: string[] = [];
  const record = (event: string) => async () => void told.push(event);
  const events = ['pairsStarted', 'pairsEnded', 'smesGraduated', 'flagsOpened', 'rebalanceApplied', 'toCoordinators'];
  return { notifier: Object.fromEntries(events.map((event) => [event, record(event)])) as unknown as Notifier, told };
}

/**
 * Tutors, SMEs, assignments and flags held in memory, with repository fakes over them that answer
 * the queries services make, so a unit spec builds a service with `new` and reads the outcome here.
 */
export class InMemoryProgram {
  readonly tutors = new Map<string, Tutor>();
  readonly smes = new Map<string, Sme>();
  readonly assignments: Assignment[] = [];
  readonly flags: Flag[] = [];

  add(record: { tutor?: Tutor; sme?: Sme }): this {
    if (record.tutor) this.tutors.set(record.tutor.id, record.tutor);
    if (record.sme) this.smes.set(record.sme.id, record.sme);
    return this;
  }

  /** An active pair, as if a coordinator had made it earlier. */
  seat(tutorId: string, smeId: string, slot = this.active().filter((a) => a.tutorId === tutorId).length + 1): Assignment {
    const assignment = { id: `assignment-${this.assignments.length + 1}`, tutorId, smeId, slot, pinned: true, startedAt: new Date('2026-01-05T00:00:00Z'), startReason: 'manual', startedBy: null, endedAt: null, endReason: null, endedBy: null, rebalanceId: null, endRebalanceId: null, explanation: null } satisfies Assignment;
    this.assignments.push(assignment);
    return assignment;
  }

  active(): Assignment[] {
    return this.assignments.filter((a) => a.endedAt === null);
  }

  tutorRepository(): TutorRepository {
    const fake: Pick<TutorRepository, 'findById' | 'lockById' | 'findByIds'> = {
      findById: async (id) => this.tutors.get(id) ?? null,
      lockById: async (_manager, id) => this.tutors.get(id) ?? null,
      findByIds: async (ids) => ids.flatMap((id) => this.tutors.get(id) ?? []),
    };
    return fake as TutorRepository;
  }

  smeRepository(): SmeRepository {
    const setStatus = (ids: string[], from: Sme['status'], to: Sme['status']) => {
      for (const id of ids) if (this.smes.get(id)?.status === from) this.smes.get(id)!.status = to;
    };
    const fake: Pick<SmeRepository, 'findById' | 'lockById' | 'save' | 'markEnrolled' | 'markMentoring'> = {
      findById: async (id) => this.smes.get(id) ?? null,
      lockById: async (_manager, id) => this.smes.get(id) ?? null,
      save: async (_manager, sme) => this.smes.set(sme.id, sme).get(sme.id)!,
      markEnrolled: async (_manager, ids) => setStatus(ids, 'mentoring', 'enrolled'),
      markMentoring: async (_manager, ids) => setStatus(ids, 'enrolled', 'mentoring'),
    };
    return fake as SmeRepository;
  }

  assignmentRepository(): AssignmentRepository {
    const fake: Pick<AssignmentRepository, 'findById' | 'findActiveBySme' | 'findActiveByTutor' | 'freeSlotOfTutor' | 'insert' | 'save' | 'end'> = {
      findById: async (id) => this.assignments.find((a) => a.id === id) ?? null,
      findActiveBySme: async (smeId) => this.active().find((a) => a.smeId === smeId) ?? null,
      findActiveByTutor: async (tutorId) => this.active().filter((a) => a.tutorId === tutorId),
      freeSlotOfTutor: async (_manager, tutorId, maxSmes) => {
        const taken = new Set(this.active().filter((a) => a.tutorId === tutorId).map((a) => a.slot));
        return Array.from({ length: maxSmes }, (_, i) => i + 1).find((slot) => !taken.has(slot)) ?? null;
      },
      insert: async (_manager, row) => this.seatRow(row),
      save: async (_manager, assignment) => assignment,
      end: async (_manager, assignment, end: EndAssignment) => Object.assign(assignment, { endedAt: end.at, endReason: end.reason, endedBy: end.endedBy }),
    };
    return fake as AssignmentRepository;
  }

  flagRepository(): FlagRepository {
    const fake: Pick<FlagRepository, 'unresolvedOfSmes' | 'openMany' | 'resolveMany' | 'replaceReasons'> = {
      unresolvedOfSmes: async (smeIds) => this.flags.filter((f) => smeIds.includes(f.smeId) && f.status !== 'resolved'),
      openMany: async (_manager, flags) => void this.flags.push(...flags.map((f, i) => ({ id: `flag-${this.flags.length + i + 1}`, ...f }) as Flag)),
      resolveMany: async (_manager, ids, at) => {
        for (const flag of this.flags.filter((f) => ids.includes(f.id))) Object.assign(flag, { status: 'resolved', resolvedAt: at });
      },
      replaceReasons: async (_manager, id, reasons) => void Object.assign(this.flags.find((f) => f.id === id)!, { reasons }),
    };
    return fake as FlagRepository;
  }

  private seatRow(row: Partial<Assignment>): Assignment {
    const assignment = this.seat(row.tutorId!, row.smeId!, row.slot);
    return Object.assign(assignment, row);
  }
}

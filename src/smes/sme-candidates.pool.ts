import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { readChangeStamps } from '../settings/change-stamps.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { CandidateRanking } from '../matching/index.js';
import { TutorRepository } from '../tutors/tutor.repository.js';

/**
 * A value read from the database, kept while the stamp it was asked for stays the one found; the
 * requests that find the same stamp share one read. The read starts after the stamp was found,
 * so the value is never older than the stamp says.
 */
class StampedCopy<T> {
  private copy?: { stamp: string; value: Promise<T> };

  at(stamp: string, read: () => Promise<T>): Promise<T> {
    if (this.copy?.stamp !== stamp) {
      const value = read();
      this.copy = { stamp, value };
      value.catch(() => {
        if (this.copy?.value === value) this.copy = undefined;
      });
    }
    return this.copy.value;
  }
}

/** The tiers of the active tutors, and their loads by the tutors' index in those tiers. */
interface Tiers {
  ranking: CandidateRanking;
  loads: StampedCopy<Int32Array>;
}

export interface CandidatePool {
  ranking: CandidateRanking;
  /** Whether tutor t of the ranking has a free seat now. */
  hasSeat: (t: number) => boolean;
}

/**
 * The candidates' tutor pool kept in memory: the tiers of the active tutors, built again only
 * when a tutor changes, and their loads, read again (one aggregate) only when an assignment
 * changes; each checked against its table's change stamp, one short read per request, which a
 * write from any process renews. The copies are read in a unit of work, so on SQLite they never
 * hold the rows of a write transaction still open on the shared connection.
 */
@Injectable()
export class SmeCandidatesPool {
  private readonly tiers = new StampedCopy<Tiers>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly tutors: TutorRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  async current(): Promise<CandidatePool> {
    const stamps = await readChangeStamps(this.dataSource.manager);
    const { ranking, loads } = await this.tiers.at(stamps.tutor, () => this.readTiers());
    const load = await loads.at(stamps.assignment, () => this.readLoads(ranking));
    return { ranking, hasSeat: (t) => load[t] < ranking.tutors[t].maxSmes };
  }

  private readTiers(): Promise<Tiers> {
    return this.unitOfWork.run(async (manager) => ({ ranking: new CandidateRanking(await this.tutors.findMatchable(manager)), loads: new StampedCopy() }));
  }

  private async readLoads(ranking: CandidateRanking): Promise<Int32Array> {
    const counts = await this.unitOfWork.run((manager) => this.assignments.activeCountsByTutor(undefined, manager));
    return Int32Array.from(ranking.tutors, (tutor) => counts.get(tutor.id) ?? 0);
  }
}

import { describe, expect, it } from '@jest/globals';
import { aTutorRecord } from '../../test/support/factories.js';
import { clockAt, inlineUnitOfWork, InMemoryProgram } from '../../test/support/in-memory-program.js';
import type { JobOutbox } from '../jobs/job-outbox.js';
import { RebalanceJob, type JobRequest } from '../jobs/queues.js';
import { planStale, type RebalanceApplier } from './rebalance-applier.js';
import type { RebalanceChange } from './rebalance-change.entity.js';
import { ACTIVE_RUN, type Rebalance } from './rebalance.entity.js';
import type { RebalanceRepository } from './rebalance.repository.js';
import { RebalancesService } from './rebalances.service.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const uniqueIndexViolation = () => Object.assign(new Error('unique'), { driverError: { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: rebalance.activeSlot' } });

const aRun = (overrides: Partial<Rebalance>): Rebalance => ({
  id: 'run-1', status: 'completed', dryRun: true, provinceCode: null, trigger: 'manual', progress: 100, summary: null, error: null,
  basis: 'basis-1', activeSlot: null, requestedBy: null, appliedAt: null, createdAt: NOW, finishedAt: NOW, phase: null, solveMode: null, ...overrides,
});

/** Runs and their plans in memory; `basis` stands for the assignments' change stamp as it is now. */
class Runs {
  readonly rows: Rebalance[] = [];
  readonly changes: RebalanceChange[] = [];
  readonly jobs: JobRequest[] = [];
  readonly applied: string[] = [];
  basis = 'basis-1';
  /** A run another process inserts between this one's look and its insert. */
  racing: Rebalance | null = null;

  repository(): RebalanceRepository {
    const fake: Pick<RebalanceRepository, 'findActive' | 'findById' | 'insert' | 'save' | 'changes' | 'allChanges'> = {
      findActive: async () => this.rows.find((r) => r.activeSlot === ACTIVE_RUN) ?? null,
      findById: async (id) => this.rows.find((r) => r.id === id) ?? null,
      insert: async (_manager, row) => {
        if (this.racing) {
          this.rows.push(this.racing);
          throw uniqueIndexViolation();
        }
        const run = { id: `run-${this.rows.length + 1}`, progress: 0, summary: null, error: null, basis: null, appliedAt: null, finishedAt: null, ...row } as Rebalance;
        this.rows.push(run);
        return run;
      },
      save: async (_manager, run) => run,
      changes: async (rebalanceId) => ({ items: this.changes.filter((c) => c.rebalanceId === rebalanceId), nextCursor: null }),
      allChanges: async (rebalanceId) => this.changes.filter((c) => c.rebalanceId === rebalanceId),
    };
    return fake as RebalanceRepository;
  }

  applier(): RebalanceApplier {
    const fake: Pick<RebalanceApplier, 'applyOnBasis'> = {
      applyOnBasis: async (_manager, rebalanceId, basis) => {
        if (basis !== this.basis) throw planStale('active assignments differ');
        this.applied.push(rebalanceId);
      },
    };
    return fake as RebalanceApplier;
  }

  outbox(): JobOutbox {
    const fake: Pick<JobOutbox, 'record'> = { record: async (_manager, job) => void this.jobs.push(job) };
    return fake as JobOutbox;
  }

  completedDryRun(overrides: Partial<Rebalance> = {}): Rebalance {
    const run = aRun({ id: `run-${this.rows.length + 1}`, ...overrides });
    this.rows.push(run);
    return run;
  }
}

function build() {
  const runs = new Runs();
  const program = new InMemoryProgram().add({ tutor: aTutorRecord('tutor-1', { name: 'Siti', storeName: 'Batik Siti' }) });
  const sut = new RebalancesService(runs.repository(), runs.applier(), runs.outbox(), inlineUnitOfWork, clockAt(NOW), program.tutorRepository());
  return { sut, runs };
}

describe('RebalancesService.request: runs are never doubled', () => {
  it('queues a run holding the one active slot, and records its job with it', async () => {
    const { sut, runs } = build();
    const run = await sut.request({ dryRun: true, provinceCode: '32', trigger: 'manual', requestedBy: { accountId: 'coordinator-1', role: 'coordinator', tutorId: null, smeId: null, tokenVersion: 0 } });
    expect(run).toMatchObject({ status: 'queued', dryRun: true, provinceCode: '32', activeSlot: ACTIVE_RUN, requestedBy: 'coordinator-1', createdAt: NOW });
    expect(runs.jobs).toEqual([{ name: RebalanceJob.run, data: { rebalanceId: run.id } }]);
  });

  it('answers the run already queued or running, queueing nothing more', async () => {
    const { sut, runs } = build();
    const first = await sut.request({ dryRun: true, trigger: 'manual' });
    expect(await sut.request({ dryRun: false, trigger: 'schedule' })).toBe(first);
    expect(runs.rows).toHaveLength(1);
    expect(runs.jobs).toHaveLength(1);
  });

  it('answers the run another process started first when the active slot is taken at insert', async () => {
    const { sut, runs } = build();
    runs.racing = aRun({ id: 'run-elsewhere', status: 'queued', activeSlot: ACTIVE_RUN });
    expect((await sut.request({ dryRun: true, trigger: 'events' })).id).toBe('run-elsewhere');
    expect(runs.jobs).toEqual([]);
  });
});

describe('RebalancesService.apply: only a completed dry run, on the assignments it was planned from', () => {
  it('applies the plan once; a second apply answers the run and applies nothing', async () => {
    const { sut, runs } = build();
    const run = runs.completedDryRun();
    expect(await sut.apply(run.id)).toMatchObject({ appliedAt: NOW });
    expect(await sut.apply(run.id)).toMatchObject({ appliedAt: NOW });
    expect(runs.applied).toEqual([run.id]);
  });

  it('refuses a stale plan with PLAN_STALE and leaves the run unapplied', async () => {
    const { sut, runs } = build();
    const run = runs.completedDryRun();
    runs.basis = 'basis-2';
    await expect(sut.apply(run.id)).rejects.toMatchObject({ code: 'PLAN_STALE' });
    expect(run.appliedAt).toBeNull();
    expect(runs.applied).toEqual([]);
  });

  it.each([
    ['a run that is still running', { status: 'running' as const }],
    ['a run that failed', { status: 'failed' as const }],
    ['a run that is no dry run', { dryRun: false }],
  ])('refuses %s with PLAN_NOT_APPLICABLE', async (_what, overrides) => {
    const { sut, runs } = build();
    const run = runs.completedDryRun(overrides);
    await expect(sut.apply(run.id)).rejects.toMatchObject({ code: 'PLAN_NOT_APPLICABLE' });
    expect(runs.applied).toEqual([]);
  });

  it('answers NOT_FOUND for a run that does not exist', async () => {
    const { sut } = build();
    await expect(sut.apply('run-9')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('RebalancesService.changes: from whom to whom', () => {
  it('names both tutors by name and store, and a tutor it cannot find as null', async () => {
    const { sut, runs } = build();
    const run = runs.completedDryRun();
    runs.changes.push({ id: 'c1', rebalanceId: run.id, seq: 0, kind: 'moved', smeId: 'sme-1', fromTutorId: 'tutor-gone', toTutorId: 'tutor-1', explanation: null, reason: 'closer' });
    const page = await sut.changes(run.id, {});
    expect(page.items).toEqual([expect.objectContaining({ fromTutorName: null, toTutorName: 'Siti (Batik Siti)', reason: 'closer' })]);
  });

  it('answers NOT_FOUND for the changes of a run that does not exist', async () => {
    const { sut } = build();
    await expect(sut.changes('run-9', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

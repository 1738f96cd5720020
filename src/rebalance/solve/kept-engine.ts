import {
  checkCertificate,
  InvalidMatchingInputError,
  type MatchingSettings,
  type MatchSme,
  type MatchTutor,
  RebalanceEngine,
  type RebalancePlan,
  type WarmStart,
} from '../../matching/index.js';
import type { SolveMode } from '../rebalance.entity.js';
import { programChangeSince } from './program-change-since.js';

export interface KeptPlan {
  plan: RebalancePlan;
  mode: SolveMode;
  /** The plan's SMEs, in its certificate's order. */
  smes: readonly MatchSme[];
}

/**
 * A worker's RebalanceEngine, kept between runs. After each plan the engine takes it as applied
 * and remembers whose it is (the run's id); the next run re-solves only the change since, as
 * edits, when the plan the database last applied is that one and the change is one the engine
 * edits. Otherwise (another worker applied last, the plan was never applied, a change of another
 * kind, other settings) it plans in full, warm from the last prices. Every plan is certified.
 */
export class KeptEngine {
  private engine: RebalanceEngine | undefined;
  private settingsKey = '';
  /** The run whose plan the engine holds as applied. */
  private planOf: string | null = null;
  private warmStart: WarmStart | undefined;

  plan(runId: string, lastAppliedRunId: string | null, tutors: MatchTutor[], smes: MatchSme[], settings: MatchingSettings, onProgress: (percent: number) => void): KeptPlan {
    const engine = this.engineFor(settings);
    const kept = this.planOf !== null && this.planOf === lastAppliedRunId ? this.incremental(engine, tutors, smes, onProgress) : null;
    this.planOf = null;
    const { plan, mode } = kept ?? { plan: engine.plan(tutors, smes, { onProgress, warmStart: this.warmStart }), mode: 'full' as const };
    const program = engine.currentProgram();
    const verdict = checkCertificate([...program.tutors], [...program.smes], settings, plan);
    if (!verdict.ok) throw new Error(`the plan failed its certificate check: ${JSON.stringify(verdict.violations.slice(0, 3))}`);
    const { tutorIds, tutorPrice } = plan.certificate;
    this.warmStart = { certificate: { tutorIds, tutorPrice } };
    return { plan, mode, smes: program.smes };
  }

  /**
   * A run's snapshot is about to stream in. When that run will not re-solve from the kept plan (the
   * database applied another plan last), the kept program goes now rather than be held beside the
   * new snapshot while that is read; the plan's prices stay, to start the full plan warm.
   */
  beforeRun(lastAppliedRunId: string | null): void {
    if (this.planOf !== null && this.planOf === lastAppliedRunId) return;
    this.engine = undefined;
    this.planOf = null;
  }

  /** Makes the plan last made the engine's applied one, as the plan of `runId`; its next change is measured from there. */
  keepAsApplied(runId: string): void {
    this.engine?.apply();
    this.planOf = runId;
  }

  private incremental(engine: RebalanceEngine, tutors: MatchTutor[], smes: MatchSme[], onProgress: (percent: number) => void): Omit<KeptPlan, 'smes'> | null {
    const applied = engine.appliedProgram();
    const change = applied && programChangeSince(applied, { tutors, smes });
    if (!change) return null;
    try {
      const replan = engine.replan(change, { onProgress });
      return { plan: engine.currentPlan(), mode: replan.edited ? 'incremental' : 'full' };
    } catch (error) {
      // A change the engine refuses as edits (a leaving tutor holding a pinned SME) is planned in full.
      if (error instanceof InvalidMatchingInputError) return null;
      throw error;
    }
  }

  private engineFor(settings: MatchingSettings): RebalanceEngine {
    const key = JSON.stringify(settings);
    if (!this.engine || key !== this.settingsKey) {
      this.engine = new RebalanceEngine(settings);
      this.settingsKey = key;
      this.planOf = null;
    }
    return this.engine;
  }
}

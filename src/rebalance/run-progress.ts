import type { RebalancePhase } from './rebalance.entity.js';

/**
 * A run's progress, stored as it moves: one write at a time, in order, and only when the percent
 * or the phase changes, so a solve that reports every percent costs a hundred small writes.
 */
export class RunProgress {
  private last = '';
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly store: (percent: number, phase: RebalancePhase) => Promise<void>) {}

  /** Stores the progress after any still being stored. */
  report(percent: number, phase: RebalancePhase): Promise<void> {
    const key = `${phase}:${percent}`;
    if (key === this.last) return this.pending;
    this.last = key;
    this.pending = this.pending.then(() => this.store(percent, phase));
    return this.pending;
  }

  /** Progress heard from a callback that cannot wait: stored in turn; a failed write shows at settled(). */
  post(percent: number, phase: RebalancePhase): void {
    void this.report(percent, phase).catch(() => undefined);
  }

  /** Waits for every write asked for so far. */
  settled(): Promise<void> {
    return this.pending;
  }
}

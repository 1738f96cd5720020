import type { EncodedProgram } from './encoded-program.js';
import { InvalidMatchingInputError } from './matching-program.js';
import { geographyCosts, pairCost } from './pair-cost.js';

/**
 * What is left to optimise once pins are applied: the SMEs that are not pinned, and each
 * tutor's slots after the pinned pairs have used up its first ones.
 */
export class RebalanceProblem {
  readonly geography: Int32Array;
  /** Input index of each SME the solver places. */
  readonly freeSmes: Int32Array;
  readonly slotStart: Int32Array;
  readonly slotCost: Int32Array;
  readonly pinnedLoad: Int32Array;
  /** The objective's share that pins fix: their pairs, the slots they use, pinned waits. */
  readonly pinnedCost: number;

  constructor(readonly program: EncodedProgram) {
    const { smes, tutors, settings } = program;
    this.geography = geographyCosts(program);
    this.pinnedLoad = new Int32Array(tutors.length);
    let pinnedCost = 0;
    const free: number[] = [];
    smes.forEach((sme, s) => {
      if (!sme.pinned) return free.push(s);
      const t = program.smeCurrentTutor[s];
      if (sme.currentTutorId === null) pinnedCost += program.smeWaitCost[s];
      else if (t < 0) throw new InvalidMatchingInputError(`pinned SME ${sme.id} has tutor ${sme.currentTutorId}, who takes no part`);
      else pinnedCost += pairCost(program, this.geography, t, s) + slotCostAt(settings.slotCosts, tutors[t].maxSmes, this.pinnedLoad[t]++);
    });
    this.freeSmes = Int32Array.from(free);
    this.pinnedCost = pinnedCost;
    this.slotStart = new Int32Array(tutors.length + 1);
    tutors.forEach((tutor, t) => (this.slotStart[t + 1] = this.slotStart[t] + Math.max(0, capacityOf(settings.slotCosts, tutor.maxSmes) - this.pinnedLoad[t])));
    this.slotCost = new Int32Array(this.slotStart[tutors.length]);
    tutors.forEach((tutor, t) => {
      for (let k = 0; k < this.slotStart[t + 1] - this.slotStart[t]; k++) this.slotCost[this.slotStart[t] + k] = settings.slotCosts[this.pinnedLoad[t] + k];
    });
  }

  hasFreeSlot(t: number): boolean {
    return this.slotStart[t + 1] > this.slotStart[t];
  }
}

function capacityOf(slotCosts: readonly number[], maxSmes: number): number {
  return Math.max(0, Math.min(maxSmes, slotCosts.length));
}

/** Pins are kept even beyond a tutor's capacity; such extra pins pay the dearest slot. */
function slotCostAt(slotCosts: readonly number[], maxSmes: number, k: number): number {
  const capacity = capacityOf(slotCosts, maxSmes);
  return k < capacity ? slotCosts[k] : (slotCosts[slotCosts.length - 1] ?? 0);
}

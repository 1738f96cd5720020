import { pairCost, isFeasible } from './pair-cost.js';
import type { RebalanceProblem } from './rebalance-problem.js';
import type { TierLists } from './tier-lists.js';

/** A growable list of (tutor, solver SME, cost) triplets. */
export class EdgeList {
  tutor: Int32Array;
  sme: Int32Array;
  cost: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.tutor = new Int32Array(Math.max(16, capacity));
    this.sme = new Int32Array(this.tutor.length);
    this.cost = new Int32Array(this.tutor.length);
  }

  push(tutor: number, sme: number, cost: number): void {
    if (this.length === this.tutor.length) this.grow();
    this.tutor[this.length] = tutor;
    this.sme[this.length] = sme;
    this.cost[this.length++] = cost;
  }

  view(): { tutor: Int32Array; sme: Int32Array; cost: Int32Array } {
    return { tutor: this.tutor.subarray(0, this.length), sme: this.sme.subarray(0, this.length), cost: this.cost.subarray(0, this.length) };
  }

  private grow(): void {
    const resized = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.tutor = resized(this.tutor);
    this.sme = resized(this.sme);
    this.cost = resized(this.cost);
  }
}

/**
 * Tutors drawn per tier for an SME with a current tutor (who most likely stays), and for one
 * without; the latter only while the whole set stays within `pairBudget` pairs.
 */
export interface DrawsPerTier {
  kept: number;
  unpaired: number;
  pairBudget: number;
}

/**
 * A first set of pairs to solve on, before pricing proves it enough or adds to it: the current
 * tutor, and a few tutors drawn from each of the SME's tiers that ignore language (same
 * category or any, at each scope), spread over the tier so that neighbouring SMEs see
 * different tutors.
 */
export function initialCandidates(problem: RebalanceProblem, lists: TierLists, draws: DrawsPerTier): EdgeList {
  const { program, freeSmes, geography } = problem;
  const { smeKind, offerStart, offerTier } = lists;
  const members = tierMembers(problem, lists);
  const unpaired = Math.max(draws.kept, Math.min(draws.unpaired, Math.floor(draws.pairBudget / (8 * Math.max(1, freeSmes.length)))));
  const edges = new EdgeList(freeSmes.length * (draws.kept * 8 + 1));
  const addedFor = new Int32Array(program.tutorCount).fill(-1);
  for (let lp = 0; lp < freeSmes.length; lp++) {
    const s = freeSmes[lp];
    const current = program.smeCurrentTutor[s];
    if (current >= 0 && problem.hasFreeSlot(current) && isFeasible(program, current, s)) {
      addedFor[current] = lp;
      edges.push(current, lp, pairCost(program, geography, current, s));
    }
    const perTier = current >= 0 ? draws.kept : unpaired;
    const spread = Math.imul(s + 1, 0x9e3779b1) >>> 1;
    for (let at = offerStart[smeKind[s]]; at < offerStart[smeKind[s] + 1]; at++) {
      const tier = offerTier[at];
      const size = members.start[tier + 1] - members.start[tier];
      for (let j = 0; j < Math.min(perTier, size); j++) {
        const t = members.tutor[members.start[tier] + ((spread + j * 7919) % size)];
        if (addedFor[t] === lp) continue;
        addedFor[t] = lp;
        edges.push(t, lp, pairCost(program, geography, t, s));
      }
    }
  }
  return edges;
}

/** Tutors with a free slot, listed by the language-free tiers some SME draws from (dense tier numbers). */
function tierMembers(problem: RebalanceProblem, lists: TierLists): { start: Int32Array; tutor: Int32Array } {
  const { tiers, tierCount, tierKey, tutorStart, tutorTier } = lists;
  const languageFree = Uint8Array.from(tierKey, (key) => (tiers.languageOf(key) === tiers.anyLanguage ? 1 : 0));
  const start = new Int32Array(tierCount + 1);
  const visitMemberships = (visit: (tier: number, t: number) => void) => {
    for (let t = 0; t < problem.program.tutorCount; t++) {
      if (!problem.hasFreeSlot(t)) continue;
      for (let at = tutorStart[t]; at < tutorStart[t + 1]; at++) if (languageFree[tutorTier[at]] === 1) visit(tutorTier[at], t);
    }
  };
  visitMemberships((tier) => start[tier + 1]++);
  for (let tier = 0; tier < tierCount; tier++) start[tier + 1] += start[tier];
  const fill = start.slice(0, tierCount);
  const tutor = new Int32Array(start[tierCount]);
  visitMemberships((tier, t) => (tutor[fill[tier]++] = t));
  return { start, tutor };
}

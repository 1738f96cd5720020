import { type NetworkSolution, NetworkSettler, openResidual } from '../solver/solve-network.js';
import type { MatchingSolution } from '../solver/matching-instance.js';
import { EncodedProgram } from './encoded-program.js';
import { assertValidSettings, type MatchingSettings, type MatchSme, type MatchTutor, type PlanOptions, type RebalancePlan, type WarmStart } from './matching-program.js';
import { assignmentOf, assignmentTutors, networkWarmStart, withPrices } from './network-assignment.js';
import { editNetwork, type IndexedChange, type MemberIndex, memberIndex } from './network-edits.js';
import { assemblePlan } from './plan-assembly.js';
import { RebalanceNetwork } from './rebalance-network.js';
import { RebalanceProblem } from './rebalance-problem.js';
import type { BuiltProgram } from './built-program.js';
import type { ProgramChange, SmeMove } from './program-change.js';
import { changedLists, changedView, type EditedChange, editedMoves, indexChange, planMoves, type PlanView } from './replan-views.js';
import { TierIndex } from './tier-index.js';
import { TierLists } from './tier-lists.js';

export interface Replan {
  objective: number;
  /** Every SME whose tutor differs from the applied plan's, newcomers given a tutor included. */
  moves: SmeMove[];
  /** False when the change could not be made as edits of the network, and the program was built and solved again (warm). */
  edited: boolean;
}

export interface AppliedProgram {
  tutors: readonly MatchTutor[];
  smes: readonly MatchSme[];
  tutorIndex: ReadonlyMap<string, number>;
  smeIndex: ReadonlyMap<string, number>;
}

/** A plan applied: SME ids to list indices, the network's member index, and the plan's prices. */
interface Applied {
  smeIndex: ReadonlyMap<string, number>;
  members: MemberIndex;
  prices: WarmStart;
}

/**
 * A plan replan() made as edits of the built network: the change, the network's solution, and
 * its SMEs' tutors. Their prices are left until the plan is read whole (currentPlan, apply).
 */
interface EditedPlan {
  change: EditedChange;
  solved: NetworkSolution;
  tutorOfSme: Int32Array;
}

/**
 * The engine's state: the program built, and either the plan solved on it (whole by plan(),
 * or as edits by replan()) or, once applied, what a change is made against.
 */
interface State {
  built: BuiltProgram;
  solution?: MatchingSolution;
  edited?: EditedPlan;
  /** The edited plan over the changed lists, once built (currentPlan and apply both need it). */
  view?: PlanView;
  applied?: Applied;
}

/**
 * The rebalance, kept between plans. plan() solves a program (from scratch, or warm from a
 * previous plan's prices) exactly as planRebalance does; apply() makes that plan the
 * program's current pairs; replan() then takes a small change as edits of the solved network
 * and solves again from where it stands, so a change of a few thousand SMEs costs the units it
 * moves rather than a build of the whole program. Its result is the moves; the full plan with
 * its certificate (currentPlan) and apply() build the program again from lists.
 */
export class RebalanceEngine {
  private state: State | undefined;

  constructor(private readonly settings: MatchingSettings) {
    assertValidSettings(settings);
  }

  /** The optimal plan of the program, warm from a previous plan's prices when given; the engine keeps it. */
  plan(tutors: MatchTutor[], smes: MatchSme[], options: PlanOptions = {}): RebalancePlan {
    const built = this.build(tutors, smes, options.warmStart);
    const { onProgress } = options;
    const solution = assignmentOf(built.rebalance, built.settler.settle(onProgress && ((percent) => onProgress(Math.min(99, percent)))));
    onProgress?.(100);
    this.state = { built, solution };
    return assemblePlan(built.rebalance.problem, solution);
  }

  /** The plan last made, with its certificate, over the program as the change since the last apply left it. */
  currentPlan(): RebalancePlan {
    const view = this.view();
    return assemblePlan(view.problem, view.solution);
  }

  /** The tutors and SMEs of the plan last made, in the order its certificate lists them (checkCertificate takes these). */
  currentProgram(): { tutors: readonly MatchTutor[]; smes: readonly MatchSme[] } {
    const view = this.view();
    return { tutors: view.tutors, smes: view.smes };
  }

  /**
   * The program as the last apply() left it (each SME's current tutor the planned one), which
   * replan() changes, with each tutor's and SME's index in it by id; none before an apply.
   */
  appliedProgram(): AppliedProgram | undefined {
    const { state } = this;
    if (!state?.applied) return undefined;
    const { built, applied } = state;
    return { tutors: built.tutors, smes: built.smes, tutorIndex: built.rebalance.problem.program.tutorIndex, smeIndex: applied.smeIndex };
  }

  /**
   * The plan last made becomes the program's current pairs, as when the rebalance job applies
   * it: each SME's current tutor is the one planned, kept from then on with the stay bonus. The
   * program is built again, its kept units restored under the plan's prices, ready for replan().
   */
  apply(): void {
    const view = this.view();
    const { program, freeSmes } = view.problem;
    const tutorOf = Int32Array.from(program.smeCurrentTutor);
    freeSmes.forEach((s, member) => (tutorOf[s] = view.solution.tutorOfSme[member]));
    // A pair the plan makes has logged no session yet.
    const keepsSessions = (s: number) => tutorOf[s] >= 0 && tutorOf[s] === program.smeCurrentTutor[s] && view.smes[s].sessionsLogged;
    const smes = view.smes.map((sme, s) => (sme.pinned ? sme : { ...sme, currentTutorId: tutorOf[s] < 0 ? null : view.tutors[tutorOf[s]].id, sessionsLogged: keepsSessions(s) }));
    const prices: WarmStart = { certificate: { tutorIds: view.tutors.map((tutor) => tutor.id), tutorPrice: view.solution.tutorPrice } };
    const built = this.build(view.tutors, smes, prices);
    const smeIndex = new Map(smes.map((sme, s) => [sme.id, s]));
    this.state = { built, applied: { smeIndex, members: memberIndex(built.rebalance), prices } };
  }

  /**
   * Solves the program of the plan last applied after a small change: as edits of the solved
   * network when it can, otherwise by building it again, warm from the applied plan's prices.
   * The engine then holds the new plan, to apply or to read whole (currentPlan).
   */
  replan(change: ProgramChange, options: Pick<PlanOptions, 'onProgress'> = {}): Replan {
    const applied = this.state?.applied;
    if (!this.state || !applied) throw new Error('replan() needs a plan applied first');
    const { built } = this.state;
    const indexed = indexChange(built, applied.smeIndex, change);
    const edits = editNetwork(built.rebalance, built.settler.net, indexed, applied.members);
    if (!edits) return this.replanWhole(built, indexed, applied.prices, options);
    const solved = built.settler.settle(options.onProgress);
    const edited: EditedPlan = { change: { indexed, edits }, solved, tutorOfSme: assignmentTutors(built.rebalance, solved, edits) };
    this.state = { built, edited };
    return { objective: solved.objective + built.rebalance.problem.pinnedCost, moves: editedMoves(built, edited.change, edited.tutorOfSme), edited: true };
  }

  /** The changed program built and solved again, warm; a change the build refuses leaves the applied plan in place. */
  private replanWhole(built: BuiltProgram, change: IndexedChange, prices: WarmStart, options: Pick<PlanOptions, 'onProgress'>): Replan {
    const applied = this.state;
    const { tutors, smes } = changedLists(built, change);
    try {
      const plan = this.plan(tutors, smes, { ...options, warmStart: prices });
      return { objective: plan.objective, moves: planMoves(built.smes, plan), edited: false };
    } catch (error) {
      this.state = applied;
      throw error;
    }
  }

  /**
   * Builds a program, the one held before dropped first (nationally, gigabytes), but for the
   * phases' scratch space, which the new network's settler takes on.
   */
  private build(tutors: MatchTutor[], smes: MatchSme[], warmStart?: WarmStart): BuiltProgram {
    const scratch = this.state?.built.settler.scratch;
    this.state = undefined;
    const problem = new RebalanceProblem(new EncodedProgram(tutors, smes, this.settings));
    const rebalance = new RebalanceNetwork(problem, new TierLists(new TierIndex(problem.program)));
    const net = openResidual(rebalance.network, warmStart && networkWarmStart(rebalance, warmStart));
    return { tutors, smes, rebalance, settler: new NetworkSettler(net, scratch) };
  }

  private view(): PlanView {
    const { state } = this;
    if (state?.solution) return { tutors: state.built.tutors, smes: state.built.smes, problem: state.built.rebalance.problem, solution: state.solution };
    if (!state?.edited) throw new Error('no plan made since the last apply');
    const { built } = state;
    const { change, solved, tutorOfSme } = state.edited;
    return (state.view ??= changedView(built, change, withPrices(built.rebalance, solved, tutorOfSme, change.edits), this.settings));
  }
}

import type { MatchingSolution } from '../solver/matching-instance.js';
import type { BuiltProgram } from './built-program.js';
import { EncodedProgram } from './encoded-program.js';
import { InvalidMatchingInputError, type MatchingSettings, type MatchSme, type MatchTutor, type RebalancePlan } from './matching-program.js';
import type { MemberEdits } from './network-assignment.js';
import type { IndexedChange } from './network-edits.js';
import type { ProgramChange, SmeMove } from './program-change.js';
import { RebalanceProblem } from './rebalance-problem.js';

/** A change made as edits of a built network (editNetwork). */
export interface EditedChange {
  indexed: IndexedChange;
  edits: MemberEdits;
}

/** A plan as lists: every tutor and SME taking part, and the solution over the free SMEs of `problem`. */
export interface PlanView {
  tutors: MatchTutor[];
  smes: MatchSme[];
  problem: RebalanceProblem;
  solution: MatchingSolution;
}

/** The change as list indices of the built program; unknown or repeated ids are refused. */
export function indexChange(built: BuiltProgram, smeIndex: ReadonlyMap<string, number>, change: ProgramChange): IndexedChange {
  const { tutorIndex } = built.rebalance.problem.program;
  const graduated = indicesOf(change.graduatedSmeIds, smeIndex, 'graduating SME');
  const leaving = indicesOf(change.leavingTutorIds, tutorIndex, 'leaving tutor');
  const newIds = new Set<string>();
  for (const sme of change.newSmes) {
    if (smeIndex.has(sme.id) || newIds.has(sme.id)) throw new InvalidMatchingInputError(`new SME ${sme.id} is in the program already`);
    newIds.add(sme.id);
  }
  return { graduated, leaving, newSmes: change.newSmes };
}

function indicesOf(ids: readonly string[], indexOf: ReadonlyMap<string, number>, what: string): number[] {
  const indices = ids.map((id) => {
    const index = indexOf.get(id);
    if (index === undefined) throw new InvalidMatchingInputError(`${what} ${id} is not in the program`);
    return index;
  });
  if (new Set(indices).size !== indices.length) throw new InvalidMatchingInputError(`a ${what} is listed twice`);
  return indices;
}

/** The built program's lists after the change: graduates and leaving tutors out, newcomers last. */
export function changedLists(built: BuiltProgram, change: IndexedChange): { tutors: MatchTutor[]; smes: MatchSme[] } {
  const leaving = flags(built.tutors.length, change.leaving);
  const graduated = flags(built.smes.length, change.graduated);
  return {
    tutors: built.tutors.filter((_, t) => leaving[t] === 0),
    smes: built.smes.filter((_, s) => graduated[s] === 0).concat(change.newSmes),
  };
}

function flags(length: number, indices: readonly number[]): Uint8Array {
  const flagged = new Uint8Array(length);
  for (const index of indices) flagged[index] = 1;
  return flagged;
}

/**
 * The edited plan over the changed lists, built again from them: the solution's free SMEs
 * (graduates left out, newcomers last) and tutors (leaving ones left out) renumbered.
 */
export function changedView(built: BuiltProgram, { indexed, edits }: EditedChange, solution: MatchingSolution, settings: MatchingSettings): PlanView {
  const { tutors, smes } = changedLists(built, indexed);
  const problem = new RebalanceProblem(new EncodedProgram(tutors, smes, settings));
  const leaving = flags(built.tutors.length, indexed.leaving);
  const tutorTo = new Int32Array(built.tutors.length);
  let kept = 0;
  for (let t = 0; t < built.tutors.length; t++) tutorTo[t] = leaving[t] === 1 ? -1 : kept++;
  const tutorPrice = new Float64Array(tutors.length);
  tutorTo.forEach((to, t) => to >= 0 && (tutorPrice[to] = solution.tutorPrice[t]));
  const tutorOfSme = new Int32Array(problem.freeSmes.length);
  const smePrice = new Float64Array(problem.freeSmes.length);
  let next = 0;
  for (let member = 0; member < solution.tutorOfSme.length; member++) {
    if (member < edits.gone.length && edits.gone[member] === 1) continue;
    const t = solution.tutorOfSme[member];
    tutorOfSme[next] = t < 0 ? -1 : tutorTo[t];
    smePrice[next++] = solution.smePrice[member];
  }
  return { tutors, smes, problem, solution: { objective: solution.objective, tutorOfSme, smePrice, tutorPrice } };
}

/** The SMEs whose tutor the edited solution changes from the applied plan's, newcomers placed included. */
export function editedMoves(built: BuiltProgram, { indexed, edits }: EditedChange, tutorOfSme: Int32Array): SmeMove[] {
  const { program, freeSmes } = built.rebalance.problem;
  const idOf = (t: number) => (t < 0 ? null : built.tutors[t].id);
  const moves: SmeMove[] = [];
  freeSmes.forEach((s, member) => {
    const before = program.smeCurrentTutor[s];
    const after = tutorOfSme[member];
    if (edits.gone[member] === 0 && before !== after) moves.push({ smeId: built.smes[s].id, fromTutorId: idOf(before), toTutorId: idOf(after) });
  });
  indexed.newSmes.forEach((sme, i) => {
    const after = tutorOfSme[freeSmes.length + i];
    if (after >= 0) moves.push({ smeId: sme.id, fromTutorId: null, toTutorId: idOf(after) });
  });
  return moves;
}

/** The SMEs whose tutor a plan changes from their current one. */
export function planMoves(before: readonly MatchSme[], plan: RebalancePlan): SmeMove[] {
  const current = new Map(before.map((sme) => [sme.id, sme.currentTutorId]));
  const after = new Map<string, string | null>(plan.unassignedSmeIds.map((id) => [id, null]));
  for (const assignment of plan.assignments) after.set(assignment.smeId, assignment.tutorId);
  const moves: SmeMove[] = [];
  for (const [smeId, toTutorId] of after) {
    const fromTutorId = current.get(smeId) ?? null;
    if (fromTutorId !== toTutorId) moves.push({ smeId, fromTutorId, toTutorId });
  }
  return moves;
}

import type { GenericResult } from './generic-run.js';
import { CANDIDATE_BUDGET_MS, type CandidatesResult } from './candidates-run.js';
import type { CandidatesRouteResult } from './candidates-route.js';
import type { NativeComparison } from './native-comparison.js';
import type { ScaleResult, UnfinishedScale } from './scale-run.js';

export const ms = (value: number) => (Number.isNaN(value) ? '-' : value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The bench's one table: the rebalance per scale, then the generic instances against references. */
export function benchTable(scales: (ScaleResult | UnfinishedScale)[], generic: GenericResult[]): string {
  const header = ['case', 'size', 'ours (from scratch)', 'incremental', 'reference', 'ratio', 'peak RSS', 'objective', 'check', 'SMEs matched per island group'];
  const scaleRows = scales.map((r) => ('unfinished' in r ? [r.scale, '-', r.unfinished, '-', '-', '-', '-', '-', '-', '-'] : [
    r.scale,
    `${r.tutors} tutors, ${r.smes} SMEs`,
    ms(r.scratchMs),
    `${ms(r.incrementalMs)} (${((100 * r.incrementalMs) / r.changedScratchMs).toFixed(1)}% of ${ms(r.changedScratchMs)} from scratch; ` +
      `${r.edited ? 'as edits' : 'built again'}; apply ${ms(r.applyMs)}, full plan ${ms(r.fullPlanMs)})`,
    '-',
    '-',
    `${Math.round(r.peakRssMb)} MB`,
    String(r.objective),
    r.certified ? 'certified' : 'FAILED',
    Object.entries(r.matchedShare).map(([group, share]) => `${group} ${(100 * share).toFixed(0)}%`).join(', '),
  ]));
  const genericRows = generic.map((r) => [
    r.name,
    `${r.edges} edges`,
    ms(r.oursMs),
    '-',
    Number.isNaN(r.referenceMs) ? `published ${r.reference}` : `HiGHS ${ms(r.referenceMs)}`,
    Number.isNaN(r.referenceMs) ? '-' : `${(r.referenceMs / r.oursMs).toFixed(1)}x`,
    '-',
    String(r.ours),
    r.ours === r.reference ? 'equal' : `DIFFERENT (${r.reference})`,
    '-',
  ]);
  return table(header, [...scaleRows, ...genericRows]);
}

/** Microseconds show below a millisecond: a candidate list is mostly a few of them. */
const fineMs = (value: number) => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : ms(value));

/** One line per scale: the candidate list of an SME against its budget. */
export function candidatesTable(results: (CandidatesResult | UnfinishedScale)[]): string {
  const header = ['candidates', 'size', 'tiers built', 'per SME (median)', 'per SME (99%)', 'per SME (slowest)', 'budget (99%)'];
  return table(header, results.map((r) => ('unfinished' in r ? [r.scale, '-', r.unfinished, '-', '-', '-', '-'] : [
    r.scale,
    `${r.tutors} tutors, ${r.smes} SMEs`,
    ms(r.buildMs),
    fineMs(r.medianMs),
    fineMs(r.p99Ms),
    fineMs(r.slowestMs),
    `${CANDIDATE_BUDGET_MS[r.scale]} ms: ${r.p99Ms < CANDIDATE_BUDGET_MS[r.scale] ? 'within' : 'OVER'}`,
  ])));
}

/** One line per seeded scale: the candidates route over HTTP against its budget. */
export function candidatesRouteTable(results: (CandidatesRouteResult | UnfinishedScale)[]): string {
  const header = ['candidates route', 'size', 'first request', 'median', '99%', 'after an assignment change', 'after a tutor change', 'budget (99%)'];
  return table(header, results.map((r) => ('unfinished' in r ? [r.scale, '-', r.unfinished, '-', '-', '-', '-', '-'] : [
    r.scale,
    `${r.tutors} tutors, ${r.smes} SMEs`,
    ms(r.firstMs),
    fineMs(r.medianMs),
    fineMs(r.p99Ms),
    ms(r.afterAssignmentMs),
    ms(r.afterTutorMs),
    `${CANDIDATE_BUDGET_MS[r.scale]} ms: ${r.p99Ms < CANDIDATE_BUDGET_MS[r.scale] ? 'within' : 'OVER'}`,
  ])));
}

/** The generic shapes against LEMON: both whole processes, their ratio, and whether the three objectives agree. */
export function nativeTable(rows: NativeComparison[]): string {
  const header = ['shape', 'size', 'in process', 'match command', 'LEMON dimacs-solver', 'command / LEMON', 'objective', 'check'];
  return table(header, rows.map((r) => {
    const agree = r.commandObjective === r.objective && (Number.isNaN(r.lemonMs) || r.lemonObjective === r.objective);
    return [
      r.name,
      `${r.edges} edges`,
      ms(r.inProcessMs),
      ms(r.commandMs),
      ms(r.lemonMs),
      Number.isNaN(r.lemonMs) ? '-' : `${(r.commandMs / r.lemonMs).toFixed(2)}x`,
      String(r.objective),
      agree ? (Number.isNaN(r.lemonMs) ? 'command equal' : 'equal') : `DIFFERENT (command ${r.commandObjective}, LEMON ${r.lemonObjective})`,
    ];
  }));
}

import { parentPort } from 'node:worker_threads';
import { toMatchingInput } from '../matching-input.js';
import { diffPlan } from '../plan-diff.js';
import { KeptEngine } from './kept-engine.js';
import type { FromSolveThread, SolveRequest, ToSolveThread } from './solve-messages.js';
import { SnapshotAssembly } from './snapshot-rows.js';

/** Changes go back to the job's thread in slices, so receiving them never holds its event loop long. */
const CHANGES_PER_MESSAGE = 10_000;

/**
 * The solve thread's entry (SolveThread starts it): it assembles the snapshot the job's thread
 * streams in, solves it with the kept engine, diffs the plan and sends the changes back.
 */
const port = parentPort!;
const engine = new KeptEngine();
let request: SolveRequest | undefined;
let assembly = new SnapshotAssembly();

const send = (message: FromSolveThread) => port.postMessage(message);

function solve(current: SolveRequest): void {
  // The snapshot is read: from here on the run is solving (nationally, the input and the engine's network take tens of seconds to build before its own progress starts).
  let reported = 0;
  send({ type: 'progress', phase: 'solving', percent: reported });
  const input = toMatchingInput(assembly.finish(), current.provinceCode);
  assembly = new SnapshotAssembly();
  const onProgress = (percent: number) => {
    const whole = Math.floor(percent);
    if (whole !== reported) send({ type: 'progress', phase: 'solving', percent: (reported = whole) });
  };
  const { plan, mode, smes } = engine.plan(current.runId, current.lastAppliedRunId, input.tutors, input.smes, current.settings, onProgress);
  send({ type: 'progress', phase: 'diffing', percent: 0 });
  const { changes, summary } = diffPlan(input, plan, smes, current.provinceCode);
  for (let start = 0; start < changes.length; start += CHANGES_PER_MESSAGE) send({ type: 'changes', changes: changes.slice(start, start + CHANGES_PER_MESSAGE) });
  send({ type: 'done', summary, mode });
}

port.on('message', (message: ToSolveThread) => {
  try {
    if (message.type === 'begin') {
      request = message.request;
      engine.beforeRun(request.lastAppliedRunId);
      assembly = new SnapshotAssembly();
    } else if (message.type === 'page') {
      assembly.add(message.part, message.page);
      send({ type: 'taken' });
    } else if (request) {
      solve(request);
      // Made ready for the next run's change while this one is written; only once solve() has
      // returned, so its snapshot, plan and changes (nationally, gigabytes) can be collected meanwhile.
      engine.keepAsApplied(request.runId);
      request = undefined;
    }
  } catch (error) {
    request = undefined;
    const code = (error as { code?: unknown }).code;
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined });
  }
});

import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidMatchingInputError } from '../../matching/index.js';
import type { PlannedChange } from '../plan-diff.js';
import type { RebalanceSummary, SolveMode } from '../rebalance.entity.js';
import type { FromSolveThread, SnapshotPart, SolvePhase, SolveRequest, ToSolveThread } from './solve-messages.js';

export interface SolveResult {
  changes: PlannedChange[];
  summary: RebalanceSummary;
  mode: SolveMode;
}

/** Sends the snapshot's rows to the thread, page by page. */
export type SnapshotFeed = (send: (part: SnapshotPart, rows: unknown[]) => void) => Promise<void>;

/**
 * The thread's compiled file. Under Jest this module runs as TypeScript, which a worker thread
 * cannot load, so the thread runs the build's copy (`npm run build`, which `npm test` runs first).
 */
function solveWorkerFile(): URL {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? new URL(here.replace(/\/src\/(.*)solve-thread\.ts$/, '/dist/$1solve-worker.js')) : new URL('./solve-worker.js', here);
  if (!existsSync(fileURLToPath(file))) throw new Error(`${fileURLToPath(file)} is missing: run npm run build first`);
  return file;
}

/**
 * The rebalance's engine work, off the event loop: a worker thread this process owns, which keeps
 * its RebalanceEngine between runs. One solve at a time (the rebalance queue runs one job per
 * worker). A thread that dies takes its engine with it; the next solve starts a fresh one.
 */
@Injectable()
export class SolveThread implements OnApplicationShutdown {
  private worker: Worker | undefined;
  private inFlight: Promise<unknown> | undefined;

  solve(request: SolveRequest, feed: SnapshotFeed, onProgress: (phase: SolvePhase, percent: number) => void): Promise<SolveResult> {
    const solving = this.run(request, feed, onProgress);
    this.inFlight = solving.catch(() => undefined);
    return solving;
  }

  private async run(request: SolveRequest, feed: SnapshotFeed, onProgress: (phase: SolvePhase, percent: number) => void): Promise<SolveResult> {
    const worker = (this.worker ??= this.start());
    worker.ref();
    try {
      const result = this.result(worker, onProgress);
      const post = (message: ToSolveThread) => worker.postMessage(message);
      post({ type: 'begin', request });
      await feed((part, rows) => post({ type: 'rows', part, rows }));
      post({ type: 'solve' });
      return await result;
    } finally {
      worker.unref();
    }
  }

  /**
   * On SIGTERM the queue lets the job it holds finish (within the bounded shutdown), so a solve
   * under way is let finish too before the thread goes; ending it would fail the job.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.inFlight;
    await this.worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(solveWorkerFile());
    const forget = () => this.worker === worker && (this.worker = undefined);
    worker.on('error', forget);
    worker.on('exit', forget);
    return worker;
  }

  private result(worker: Worker, onProgress: (phase: SolvePhase, percent: number) => void): Promise<SolveResult> {
    return new Promise<SolveResult>((resolve, reject) => {
      const changes: PlannedChange[] = [];
      const settle = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onError = (error: Error) => {
        settle();
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`the solve thread stopped (exit code ${code})`));
      const onMessage = (message: FromSolveThread) => {
        if (message.type === 'progress') onProgress(message.phase, message.percent);
        else if (message.type === 'changes') for (const change of message.changes) changes.push(change);
        else {
          settle();
          if (message.type === 'done') resolve({ changes, summary: message.summary, mode: message.mode });
          else reject(message.code === 'INVALID_MATCHING_INPUT' ? new InvalidMatchingInputError(message.message) : new Error(message.message));
        }
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  }
}

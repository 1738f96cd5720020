import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidMatchingInputError } from '../../matching/index.js';
import type { PlannedChange } from '../plan-diff.js';
import type { RebalanceSummary, SolveMode } from '../rebalance.entity.js';
import { PageWindow } from './page-window.js';
import type { FromSolveThread, SnapshotPage, SnapshotPart, SolvePhase, SolveRequest, ToSolveThread } from './solve-messages.js';

export interface SolveResult {
  changes: PlannedChange[];
  summary: RebalanceSummary;
  mode: SolveMode;
}

/** Sends the snapshot to the thread, page by page, each send awaited before the next page is read. */
export type SnapshotFeed = (send: (part: SnapshotPart, page: SnapshotPage) => Promise<void>) => Promise<void>;

/** Two pages out: the thread assembles one while the database reads the next. */
const PAGES_OUT = 2;

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
    const window = new PageWindow(PAGES_OUT);
    const exchange = this.exchange(worker, window, onProgress);
    const post = (message: ToSolveThread, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
    try {
      post({ type: 'begin', request });
      await feed(async (part, page) => {
        // A page of bytes is the feed's own, made for this send: it moves to the thread rather than being copied.
        post({ type: 'page', part, page }, Array.isArray(page) ? [] : [(page as Uint8Array).buffer as ArrayBuffer]);
        await window.posted();
      });
      post({ type: 'solve' });
      return await exchange.result;
    } finally {
      exchange.settle();
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

  /**
   * One run's answers from the thread: pages taken, progress, changes, then done or failed. A failure
   * also stops the feed (through the window), so a read under way ends and its transaction closes.
   */
  private exchange(worker: Worker, window: PageWindow, onProgress: (phase: SolvePhase, percent: number) => void): { result: Promise<SolveResult>; settle: () => void } {
    const changes: PlannedChange[] = [];
    let settle: () => void = () => undefined;
    const result = new Promise<SolveResult>((resolve, reject) => {
      const fail = (error: Error) => {
        settle();
        window.fail(error);
        reject(error);
      };
      const onExit = (code: number) => fail(new Error(`the solve thread stopped (exit code ${code})`));
      const onMessage = (message: FromSolveThread) => {
        if (message.type === 'taken') window.taken();
        else if (message.type === 'progress') onProgress(message.phase, message.percent);
        else if (message.type === 'changes') for (const change of message.changes) changes.push(change);
        else if (message.type === 'done') {
          settle();
          resolve({ changes, summary: message.summary, mode: message.mode });
        } else fail(message.code === 'INVALID_MATCHING_INPUT' ? new InvalidMatchingInputError(message.message) : new Error(message.message));
      };
      settle = () => {
        worker.off('message', onMessage);
        worker.off('error', fail);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', fail);
      worker.on('exit', onExit);
    });
    // The feed rethrows a failure first; the result's copy must not go unhandled meanwhile.
    result.catch(() => undefined);
    return { result, settle };
  }
}

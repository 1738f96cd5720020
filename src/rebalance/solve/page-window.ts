/**
 * Pages of snapshot rows posted to the solve thread and not yet taken in. The reader waits while
 * `limit` are out, so a database that reads faster than the thread assembles holds the pages back
 * in the database, not in the worker's memory as a queue of copies.
 */
export class PageWindow {
  private out = 0;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(private readonly limit: number) {}

  /** One more page posted: answers once fewer than the limit are out, or throws the thread's failure. */
  async posted(): Promise<void> {
    this.throwIfFailed();
    if (++this.out >= this.limit) await new Promise<void>((resolve) => (this.wake = resolve));
    this.throwIfFailed();
  }

  /** The thread took a page in. */
  taken(): void {
    this.out--;
    this.release();
  }

  /** The thread failed or stopped: the reader waiting, and every page after, gets this error. */
  fail(error: Error): void {
    this.failure ??= error;
    this.release();
  }

  private release(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

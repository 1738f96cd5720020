import { describe, expect, it } from '@jest/globals';
import { PageWindow } from './page-window.js';

/** Whether the promise has settled after the pending microtasks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('the window of snapshot pages out at the solve thread', () => {
  it('lets the reader read on while fewer than the limit are out, then holds it until the thread takes one', async () => {
    const window = new PageWindow(2);
    expect(await settled(window.posted())).toBe(true);
    const second = window.posted();
    expect(await settled(second)).toBe(false);
    window.taken();
    expect(await settled(second)).toBe(true);
  });

  it('stops the waiting reader, and every page after, with the thread’s failure', async () => {
    const window = new PageWindow(2);
    await window.posted();
    const waiting = window.posted();
    window.fail(new Error('the solve thread stopped (exit code 1)'));
    await expect(waiting).rejects.toThrow('the solve thread stopped (exit code 1)');
    await expect(window.posted()).rejects.toThrow('the solve thread stopped (exit code 1)');
  });
});

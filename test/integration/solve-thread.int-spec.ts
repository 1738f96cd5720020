import { afterAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_MATCHING_SETTINGS } from '../../src/matching/index.js';
import { SolveThread } from '../../src/rebalance/solve/solve-thread.js';

const request = { runId: 'run-1', lastAppliedRunId: null, provinceCode: null, settings: DEFAULT_MATCHING_SETTINGS };
const tutorRow = (id: string, categories = '["food"]') => ({ id, provinceCode: '32', regencyCode: '32.73', categories, languages: '["id"]', modes: '["online"]', maxSmes: 3 });
const quiet = () => undefined;

describe('the solve thread while a snapshot streams in', () => {
  const thread = new SolveThread();
  afterAll(() => thread.onApplicationShutdown());

  it('stops the read at once when the thread cannot take a page, with the thread’s error', async () => {
    let sent = 0;
    const solving = thread.solve(
      request,
      async (send) => {
        await send('tutors', [tutorRow('t-bad', 'not json')]);
        for (sent = 1; sent < 100; sent++) await send('tutors', [tutorRow(`t-${sent}`)]);
      },
      quiet,
    );
    await expect(solving).rejects.toThrow(/JSON/);
    expect(sent).toBeLessThanOrEqual(2);
  });

  it('solves the next run in full after such a failure', async () => {
    const result = await thread.solve(
      { ...request, runId: 'run-2' },
      async (send) => {
        for (let page = 0; page < 10; page++) await send('tutors', [tutorRow(`t-${page}`)]);
      },
      quiet,
    );
    expect(result.summary).toMatchObject({ added: 0, unassigned: 0 });
  });
});

import { describe, expect, it } from '@jest/globals';
import { DiscoveryService } from '@nestjs/core';
import { startTestApp } from '../support/test-app.js';
import { RebalanceProcessor } from '../../src/rebalance/rebalance.processor.js';

describe('the rebalance worker', () => {
  it('holds its job for the configured JOB_LOCK_SECONDS, not what the process environment says', async () => {
    const processLock = process.env.JOB_LOCK_SECONDS;
    process.env.JOB_LOCK_SECONDS = '900';
    const t = await startTestApp({ WORKERS: 'true', JOB_LOCK_SECONDS: '7' }).finally(() => {
      if (processLock === undefined) delete process.env.JOB_LOCK_SECONDS;
      else process.env.JOB_LOCK_SECONDS = processLock;
    });
    try {
      const processors = t.app
        .get(DiscoveryService)
        .getProviders()
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance): instance is RebalanceProcessor => instance instanceof RebalanceProcessor);
      expect(processors).toHaveLength(1);
      // A dead worker's job is taken over once this lock runs out.
      expect(processors[0].worker.opts.lockDuration).toBe(7000);
      expect(processors[0].worker.opts.concurrency).toBe(1);
    } finally {
      await t.close();
    }
  });
});

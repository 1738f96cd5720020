import { describe, expect, it } from '@jest/globals';
import { startTestApp } from '../support/test-app.js';
import { AuthService } from '../../src/auth/auth.service.js';

describe('AuthService.bootstrapCoordinator', () => {
  it('creates the first coordinator once, even when several processes start together', async () => {
    const t = await startTestApp();
    try {
      const sut = t.app.get(AuthService);
      // The test app already bootstrapped "coordinator"; a second start finds it and passes quietly.
      expect(await sut.bootstrapCoordinator('coordinator', 'coordinator-password')).toBe(false);
      await t.dataSource.query(`DELETE FROM account`);
      const results = await Promise.all([sut.bootstrapCoordinator('first', 'first-password'), sut.bootstrapCoordinator('first', 'first-password')]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM account WHERE role = 'coordinator'`))[0].n)).toBe(1);
    } finally {
      await t.close();
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { flagReason, flagReasonDetail } from './flag-reasons.js';

describe('flag reasons', () => {
  it('reads every sentence the rules write back into its code and values', () => {
    expect(flagReasonDetail(flagReason('COURSES_COMPLETED', { completed: 2, total: 3 }))).toEqual({ code: 'COURSES_COMPLETED', values: { completed: 2, total: 3 } });
    expect(flagReasonDetail(flagReason('ONLINE_STAGE', { stage: 'store_created' }))).toEqual({ code: 'ONLINE_STAGE', values: { stage: 'store_created' } });
    expect(flagReasonDetail(flagReason('NO_INTERNET'))).toEqual({ code: 'NO_INTERNET', values: {} });
    expect(flagReasonDetail('no session logged for 31 days (assigned 2026-01-05)')).toEqual({ code: 'NO_SESSION_SINCE_ASSIGNED', values: { days: 31, since: '2026-01-05' } });
    expect(flagReasonDetail(flagReason('NO_TUTOR_SINCE_ENDED', { days: 15, since: '2026-02-01' }))).toEqual({ code: 'NO_TUTOR_SINCE_ENDED', values: { days: 15, since: '2026-02-01' } });
  });

  it('keeps a sentence no rule writes as OTHER with its text', () => {
    expect(flagReasonDetail('called twice, no answer')).toEqual({ code: 'OTHER', values: { text: 'called twice, no answer' } });
  });
});

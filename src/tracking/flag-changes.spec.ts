import { describe, expect, it } from '@jest/globals';
import { planFlagChanges, UnresolvedFlag } from './flag-changes.js';
import type { DesiredFlag } from './flag-rules.js';

const stalled: DesiredFlag = { type: 'MENTORING_STALLED', reasons: ['no session logged for 31 days (last 2026-10-12)'] };
const stored = (overrides: Partial<UnresolvedFlag> = {}): UnresolvedFlag => ({
  id: 'f1',
  smeId: 's1',
  type: 'MENTORING_STALLED',
  reasons: ['no session logged for 30 days (last 2026-10-12)'],
  ...overrides,
});

describe('planFlagChanges', () => {
  it('opens a flag that is wanted and missing', () => {
    expect(planFlagChanges(new Map([['s1', [stalled]]]), [])).toEqual({ open: [{ smeId: 's1', ...stalled }], resolve: [], refresh: [] });
  });

  it('keeps a flag that still holds, refreshing only its reasons', () => {
    expect(planFlagChanges(new Map([['s1', [stalled]]]), [stored()])).toEqual({ open: [], resolve: [], refresh: [{ id: 'f1', reasons: stalled.reasons }] });
  });

  it('changes nothing when flags and reasons already match', () => {
    expect(planFlagChanges(new Map([['s1', [stalled]]]), [stored({ reasons: stalled.reasons })])).toEqual({ open: [], resolve: [], refresh: [] });
  });

  it('resolves a flag whose condition cleared, and the flags of an SME that wants none', () => {
    const other = stored({ id: 'f2', smeId: 's2', type: 'UNASSIGNED' });
    expect(planFlagChanges(new Map([['s1', []]]), [stored(), other])).toEqual({ open: [], resolve: ['f1', 'f2'], refresh: [] });
  });

  it('tells the types of one SME apart', () => {
    const unassigned: DesiredFlag = { type: 'UNASSIGNED', reasons: ['no tutor for 14 days (enrolled 2026-10-28)'] };
    const changes = planFlagChanges(new Map([['s1', [unassigned]]]), [stored()]);
    expect(changes).toEqual({ open: [{ smeId: 's1', ...unassigned }], resolve: ['f1'], refresh: [] });
  });
});

import { describe, expect, it } from '@jest/globals';
import { changeRow, isUnderway, NO_TUTOR } from './change-words';
import type { RebalanceChange } from './coordinator-types';

const aChange = (change: Partial<RebalanceChange>): RebalanceChange => ({ id: 'c1', rebalanceId: 'r1', seq: 1, kind: 'moved', smeId: 's1', fromTutorId: 't1', toTutorId: 't2', explanation: null, reasonCode: null, fromTutorName: 'Budi Saputra (Kedai Budi)', toTutorName: 'Siti Rahayu (Batik Siti)', reason: 'moved: same regency; shared language', ...change });

describe("a plan's changes in rows", () => {
  it('names both tutors of a move', () => {
    expect(changeRow(aChange({}))).toEqual({ from: 'Budi Saputra (Kedai Budi)', to: 'Siti Rahayu (Batik Siti)' });
  });

  it('marks the missing side of an added or an ended pair', () => {
    expect(changeRow(aChange({ kind: 'added', fromTutorName: null, reason: 'assigned: same province' }))).toEqual({ from: NO_TUTOR, to: 'Siti Rahayu (Batik Siti)' });
    expect(changeRow(aChange({ kind: 'ended', toTutorName: null, reason: 'no feasible tutor left' })).to).toBe(NO_TUTOR);
  });

  it('keeps reading a run only while it is queued or running', () => {
    expect(['queued', 'running', 'completed', 'failed'].map(isUnderway)).toEqual([true, true, false, false]);
  });
});

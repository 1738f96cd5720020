import type { RebalanceChange } from './coordinator-types';

export const NO_TUTOR = '—';

/** A plan's change as a row reads it: from whom and to whom (its reason in words is reason-words.ts's). */
export function changeRow(change: RebalanceChange): { from: string; to: string } {
  return { from: change.fromTutorName ?? NO_TUTOR, to: change.toTutorName ?? NO_TUTOR };
}

/** A run still queued or running is read again until it ends. */
export function isUnderway(status: string): boolean {
  return status === 'queued' || status === 'running';
}

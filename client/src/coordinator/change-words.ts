import type { RebalanceChange } from './coordinator-types';

export const NO_TUTOR = '—';

/** A plan's change as a row reads it: from whom, to whom, and why (the API's reason, as a sentence). */
export function changeRow(change: RebalanceChange): { from: string; to: string; why: string } {
  const why = change.reason.trim();
  return { from: change.fromTutorName ?? NO_TUTOR, to: change.toTutorName ?? NO_TUTOR, why: why.charAt(0).toUpperCase() + why.slice(1) };
}

/** A run still queued or running is read again until it ends. */
export function isUnderway(status: string): boolean {
  return status === 'queued' || status === 'running';
}

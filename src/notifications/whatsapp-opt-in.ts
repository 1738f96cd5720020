import type { WhatsappOptIn } from './notification-vocabulary.js';

/**
 * The opt-in a person should carry after a yes or no: a yes keeps the consent already recorded
 * (its date stays the first one), a no removes it at once.
 */
export function nextOptIn(wanted: boolean, current: WhatsappOptIn | null, source: WhatsappOptIn['source'], recordedBy: string, at: Date): WhatsappOptIn | null {
  if (!wanted) return null;
  return current ?? { at: at.toISOString(), source, recordedBy };
}

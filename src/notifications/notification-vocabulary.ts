/** The words of the notifications feature: channels, delivery states, templates and who receives them. */
export const CHANNELS = ['whatsapp', 'email', 'in_app'] as const;
export type Channel = (typeof CHANNELS)[number];

/** `sending` is held while a channel call is under way, so a second job never sends the same message again. */
export const NOTIFICATION_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'read', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const TEMPLATES = [
  'mentor_assigned',
  'sme_assigned',
  'assignment_ended',
  'sme_graduated',
  'mentoring_reminder',
  'continued_mentoring',
  'coordinator_digest',
] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export const NOTIFICATION_LANGUAGES = ['id', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

export const PERSON_KINDS = ['tutor', 'sme', 'coordinator'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** A tutor or SME (by record id) or a coordinator (by account id). */
export interface Person {
  kind: PersonKind;
  id: string;
}

/** A person's recorded consent to WhatsApp messages; null when there is none. */
export interface WhatsappOptIn {
  at: string;
  source: 'coordinator' | 'self';
  recordedBy: string;
}

/** A delivery report only ever moves a message forward (a late `delivered` never undoes `read`). */
const PROGRESS: Record<NotificationStatus, number> = { queued: 0, sending: 1, sent: 2, delivered: 3, read: 4, failed: 5 };
export const isProgress = (from: NotificationStatus, to: NotificationStatus): boolean => PROGRESS[to] > PROGRESS[from];

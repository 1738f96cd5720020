import type { NotificationStatus } from './notification-vocabulary.js';

export interface WebhookPayload {
  statuses: { id: string; status: NotificationStatus; reason: string | null }[];
  messages: { from: string; text: string }[];
}

const REPORTED: NotificationStatus[] = ['sent', 'delivered', 'read', 'failed'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The parts of a WhatsApp Business Account webhook call that matter here; Meta adds fields over
 * time, so others are ignored. Null when the body is not such a call at all.
 */
export function parseWebhook(body: unknown): WebhookPayload | null {
  if (!isObject(body) || body.object !== 'whatsapp_business_account' || !Array.isArray(body.entry)) return null;
  const values = body.entry.filter(isObject).flatMap((entry) => listOf(entry.changes).filter(isObject).map((change) => change.value).filter(isObject));
  const statuses = values.flatMap((value) => listOf(value.statuses).filter(isObject));
  const messages = values.flatMap((value) => listOf(value.messages).filter(isObject));
  return {
    statuses: statuses
      .filter((s) => typeof s.id === 'string' && REPORTED.includes(s.status as NotificationStatus))
      .map((s) => {
        const error = listOf(s.errors).find(isObject);
        return { id: s.id as string, status: s.status as NotificationStatus, reason: typeof error?.title === 'string' ? error.title.slice(0, 500) : null };
      }),
    messages: messages
      .filter((m) => typeof m.from === 'string' && m.type === 'text' && isObject(m.text) && typeof m.text.body === 'string')
      .map((m) => ({ from: m.from as string, text: (m.text as { body: string }).body })),
  };
}

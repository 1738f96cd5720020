import type { Notification } from './notification.entity.js';
import { render } from './notification-templates.js';

/** A message as its recipient sees it in the app. */
export function toInAppView(n: Notification) {
  const { subject, text } = render(n.template, n.language, n.params);
  return { id: n.id, template: n.template, language: n.language, subject, text, status: n.status, createdAt: n.createdAt, readAt: n.readAt };
}

/** A message with its whole delivery record, for coordinators. */
export function toCoordinatorView(n: Notification) {
  return {
    ...toInAppView(n),
    personKind: n.personKind,
    personId: n.personId,
    channel: n.channel,
    params: n.params,
    attempts: n.attempts,
    reason: n.reason,
    address: n.address,
    providerMessageId: n.providerMessageId,
    notBefore: n.notBefore,
    sentAt: n.sentAt,
    deliveredAt: n.deliveredAt,
    updatedAt: n.updatedAt,
  };
}

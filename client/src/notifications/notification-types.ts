import type { Schemas } from '../api/types';

/** One in-app message, as `GET /api/me/notifications` gives it; its text is already in the recipient's language. */
export type InAppNotification = Schemas['InAppNotificationView'];

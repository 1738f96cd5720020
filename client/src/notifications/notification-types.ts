/** One in-app message, as `GET /api/me/notifications` gives it; its text is already in the recipient's language. */
export interface InAppNotification {
  id: string;
  template: string;
  subject: string;
  text: string;
  status: 'delivered' | 'read';
  createdAt: string;
  readAt: string | null;
}

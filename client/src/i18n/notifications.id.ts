import type { Translated } from './messages';
import type { notificationsEn } from './notifications.en';

export const notificationsId: Translated<typeof notificationsEn> = {
  title: 'Pemberitahuan',
  none: 'Belum ada pemberitahuan.',
  unread: 'Baru',
  markRead: 'Tandai sudah dibaca',
  marking: 'Menandai…',
};

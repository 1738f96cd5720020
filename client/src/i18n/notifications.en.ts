/** Words of the notifications page, which every role has. */
export const notificationsEn = {
  title: 'Notifications',
  none: 'No notifications yet.',
  unread: 'New',
  markRead: 'Mark as read',
  marking: 'Marking…',
};

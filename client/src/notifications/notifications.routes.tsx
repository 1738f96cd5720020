import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/require-role';
import { NotificationsPage } from './notifications.page';

/** `/notifications`, for every role. */
export const notificationsRoutes: RouteObject = {
  path: 'notifications',
  element: (
    <RequireRole>
      <NotificationsPage />
    </RequireRole>
  ),
};

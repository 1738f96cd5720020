import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/require-role';
import { TutorHomePage } from './tutor-home.page';

/** `/tutor/...` (UI.md). */
export const tutorRoutes: RouteObject = {
  path: 'tutor',
  element: (
    <RequireRole role="tutor">
      <TutorHomePage />
    </RequireRole>
  ),
};

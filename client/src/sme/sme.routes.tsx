import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/require-role';
import { SmeHomePage } from './sme-home.page';

/** `/sme/...` (UI.md). */
export const smeRoutes: RouteObject = {
  path: 'sme',
  element: (
    <RequireRole role="sme">
      <SmeHomePage />
    </RequireRole>
  ),
};

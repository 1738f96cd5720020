import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/require-role';
import { CoordinatorLayout } from './coordinator-layout';
import { FlagsPage } from './flags.page';
import { ImportsPage } from './imports.page';
import { RebalancePage } from './rebalance.page';
import { RebalancesPage } from './rebalances.page';
import { SettingsPage } from './settings.page';
import { SmePage } from './sme.page';
import { SmesPage } from './smes.page';
import { TutorPage } from './tutor.page';
import { TutorsPage } from './tutors.page';

/** `/coordinator/...` (UI.md). */
export const coordinatorRoutes: RouteObject = {
  path: 'coordinator',
  element: (
    <RequireRole role="coordinator">
      <CoordinatorLayout />
    </RequireRole>
  ),
  children: [
    // The charts' library loads only when a coordinator opens the overview, never on a tutor's phone.
    { index: true, lazy: () => import('./overview.page').then(({ OverviewPage }) => ({ Component: OverviewPage })) },
    { path: 'tutors', element: <TutorsPage /> },
    { path: 'tutors/:id', element: <TutorPage /> },
    { path: 'smes', element: <SmesPage /> },
    { path: 'smes/:id', element: <SmePage /> },
    { path: 'rebalances', element: <RebalancesPage /> },
    { path: 'rebalances/:id', element: <RebalancePage /> },
    { path: 'flags', element: <FlagsPage /> },
    { path: 'imports', element: <ImportsPage /> },
    { path: 'settings', element: <SettingsPage /> },
  ],
};

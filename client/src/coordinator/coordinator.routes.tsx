import type { RouteObject } from 'react-router';
import { RequireRole } from '../auth/require-role';
import { ComingPage } from './coming-page';
import { CoordinatorLayout } from './coordinator-layout';

/** `/coordinator/...` (UI.md); each page replaces its ComingPage. */
export const coordinatorRoutes: RouteObject = {
  path: 'coordinator',
  element: (
    <RequireRole role="coordinator">
      <CoordinatorLayout />
    </RequireRole>
  ),
  children: [
    { index: true, element: <ComingPage title="nav.overview" what="overview" /> },
    { path: 'tutors', element: <ComingPage title="nav.tutors" what="tutors" /> },
    { path: 'tutors/:id', element: <ComingPage title="titles.tutor" what="tutor" /> },
    { path: 'smes', element: <ComingPage title="nav.smes" what="smes" /> },
    { path: 'smes/:id', element: <ComingPage title="titles.sme" what="sme" /> },
    { path: 'rebalances', element: <ComingPage title="nav.rebalances" what="rebalances" /> },
    { path: 'rebalances/:id', element: <ComingPage title="titles.rebalance" what="rebalance" /> },
    { path: 'flags', element: <ComingPage title="nav.flags" what="flags" /> },
    { path: 'imports', element: <ComingPage title="nav.imports" what="imports" /> },
    { path: 'settings', element: <ComingPage title="nav.settings" what="settings" /> },
  ],
};

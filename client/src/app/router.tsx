import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../auth/sign-in.page';
import { coordinatorRoutes } from '../coordinator/coordinator.routes';
import { notificationsRoutes } from '../notifications/notifications.routes';
import { AppLayout } from '../shell/app-layout';
import { NotFoundPage } from '../shell/not-found.page';
import { smeRoutes } from '../sme/sme.routes';
import { tutorRoutes } from '../tutor/tutor.routes';

/** The page routes of UI.md; each role's routes live in that role's folder. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [{ index: true, element: <SignInPage /> }, coordinatorRoutes, tutorRoutes, smeRoutes, notificationsRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]);

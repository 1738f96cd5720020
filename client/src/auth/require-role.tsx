import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { Loading } from '../shell/loading';
import { homeOf } from './role-home';
import { useSession } from './session';

/** The pages of one role (or, without a role, of every signed-in person): a signed-out person goes to sign in (and comes back), another role goes home. */
export function RequireRole({ role, children }: { role?: Role; children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') return <Navigate to="/" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (role && state.me.account.role !== role) return <Navigate to={homeOf(state.me.account.role)} replace />;
  return children;
}

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, whenSessionEnds } from '../api/api-client';
import type { Me } from '../api/types';

export type SessionState = { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; me: Me };

interface Session {
  state: SessionState;
  signIn(login: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in, asked of `GET /api/me`; the token itself stays in the HttpOnly cookie. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    whenSessionEnds(() => setState({ status: 'signedOut' }));
    api<Me>('/api/me').then(
      (me) => setState({ status: 'signedIn', me }),
      () => setState({ status: 'signedOut' }),
    );
  }, []);

  const signIn = useCallback(async (login: string, password: string) => {
    await api('/api/auth/login', { method: 'POST', json: { login, password } });
    const me = await api<Me>('/api/me');
    setState({ status: 'signedIn', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    setState({ status: 'signedOut' });
  }, []);

  const session = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside SessionProvider');
  return session;
}

/** The signed-in person; only for pages behind RequireRole. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe is used on a page that does not require a role');
  return state.me;
}

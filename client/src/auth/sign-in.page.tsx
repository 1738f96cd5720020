import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../api/error-words';
import { Loading } from '../shell/loading';
import { Page } from '../shell/page';
import { destinationAfterSignIn } from './role-home';
import { useSession } from './session';

/** `/`: sign in, then the page asked for or the role's home. */
export function SignInPage() {
  const { t } = useTranslation();
  const { state, signIn } = useSession();
  const location = useLocation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedIn') {
    const askedFor = (location.state as { from?: string } | null)?.from;
    return <Navigate to={destinationAfterSignIn(state.me.account.role, askedFor)} replace />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await signIn(login.trim(), password);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Page title={t('signIn.title')} narrow>
      <p>{t('signIn.intro')}</p>
      <form className="form" onSubmit={submit}>
        <label htmlFor="login">{t('signIn.login')}</label>
        <input id="login" name="login" type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} required value={login} onChange={(e) => setLogin(e.target.value)} />
        <label htmlFor="password">{t('signIn.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        {failure !== null && (
          <p role="alert" className="alert">
            {errorMessage(failure, t)}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { homeOf } from '../auth/role-home';
import { useSession } from '../auth/session';
import { LanguageSelect } from './language-select';

/** The top bar of every page: the product's name, the language control and, when signed in, the notifications and `Sign out`. */
export function Header() {
  const { t } = useTranslation();
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  const signedIn = state.status === 'signedIn' ? state.me : null;

  const leave = async () => {
    await signOut();
    navigate('/', { replace: true });
  };

  return (
    <header className="header">
      <Link className="brand" to={signedIn ? homeOf(signedIn.account.role) : '/'}>
        {t('appName')}
      </Link>
      <div className="header-tools">
        <LanguageSelect />
        {signedIn && (
          <>
            <Link className="header-link" to="/notifications">{t('shell.notifications')}</Link>
            <span className="signed-in-as">{t('shell.signedInAs', { login: signedIn.account.login })}</span>
            <button type="button" className="button" onClick={leave}>
              {t('shell.signOut')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}

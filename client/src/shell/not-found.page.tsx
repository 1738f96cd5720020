import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homeOf } from '../auth/role-home';
import { useSession } from '../auth/session';
import { Page } from './page';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  return (
    <Page title={t('notFound.title')} narrow>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={state.status === 'signedIn' ? homeOf(state.me.account.role) : '/'}>{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

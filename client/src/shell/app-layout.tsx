import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Header } from './header';

/** Every page: a skip link, the header, then the page's own landmarks. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header />
      <Outlet />
    </>
  );
}

import '../styles/coordinator.css';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

const LINKS = [
  { to: '/coordinator', key: 'overview', end: true },
  { to: '/coordinator/tutors', key: 'tutors' },
  { to: '/coordinator/smes', key: 'smes' },
  { to: '/coordinator/rebalances', key: 'rebalances' },
  { to: '/coordinator/flags', key: 'flags' },
  { to: '/coordinator/imports', key: 'imports' },
  { to: '/coordinator/settings', key: 'settings' },
] as const;

/** The coordinator's pages share one navigation landmark; the current page's link is marked for screen readers. */
export function CoordinatorLayout() {
  const { t } = useTranslation('coordinator');
  return (
    <div className="with-nav">
      <nav className="nav" aria-label={t('nav.label')}>
        <ul>
          {LINKS.map((link) => (
            <li key={link.key}>
              <NavLink to={link.to} end={'end' in link}>
                {t(`nav.${link.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

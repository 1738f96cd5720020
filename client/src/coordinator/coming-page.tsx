import { useTranslation } from 'react-i18next';
import { Page } from '../shell/page';

type Title = 'nav.overview' | 'nav.tutors' | 'nav.smes' | 'nav.rebalances' | 'nav.flags' | 'nav.imports' | 'nav.settings' | 'titles.tutor' | 'titles.sme' | 'titles.rebalance';
type What = 'overview' | 'tutors' | 'tutor' | 'smes' | 'sme' | 'rebalances' | 'rebalance' | 'flags' | 'imports' | 'settings';

/** Stands in for a coordinator page until it is built: its heading and what it will hold. */
export function ComingPage({ title, what }: { title: Title; what: What }) {
  const { t } = useTranslation('coordinator');
  return (
    <Page title={t(title)}>
      <p>{t(`placeholder.${what}`)}</p>
    </Page>
  );
}

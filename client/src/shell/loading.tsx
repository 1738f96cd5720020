import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <p role="status">{t('shell.loading')}</p>
    </main>
  );
}

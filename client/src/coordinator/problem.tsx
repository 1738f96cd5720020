import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/error-words';

/** A failed call, said in words in an alert. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="alert">
      {errorMessage(error, t)}
    </p>
  );
}

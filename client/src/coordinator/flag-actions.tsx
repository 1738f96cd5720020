import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import type { Flag } from './coordinator-types';
import { Problem } from './problem';

/** `Acknowledge` and `Resolve` with a note, for one flag. */
export function FlagActions({ flag, onChanged }: { flag: Flag; onChanged: (flag: Flag) => void }) {
  const { t } = useTranslation('coordinator');
  const id = useId();
  const [note, setNote] = useState(flag.note ?? '');
  const [error, setError] = useState<unknown>();
  const change = async (status: 'acknowledged' | 'resolved') => {
    setError(undefined);
    try {
      onChanged(await api<Flag>(`/api/flags/${flag.id}`, { method: 'PATCH', json: { status, note: note || undefined } }));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="flag-actions">
      <label htmlFor={id}>{t('flags.noteFor')}</label>
      <input id={id} value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      <div className="actions">
        {flag.status === 'open' && (
          <button type="button" className="button" onClick={() => void change('acknowledged')}>
            {t('flags.acknowledge')}
          </button>
        )}
        {flag.status !== 'resolved' && (
          <button type="button" className="button" onClick={() => void change('resolved')}>
            {t('flags.resolve')}
          </button>
        )}
      </div>
      <Problem error={error} />
    </div>
  );
}

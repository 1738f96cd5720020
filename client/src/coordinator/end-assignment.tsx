import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { Problem } from './problem';

const REASONS = [
  { value: 'manual', key: 'sme.reasonManual' },
  { value: 'graduated', key: 'sme.reasonGraduated' },
  { value: 'withdrawn', key: 'sme.reasonWithdrawn' },
] as const;

/** `End assignment`: asks for a reason (and an optional note), then a confirmation. */
export function EndAssignment({ assignmentId, onEnded }: { assignmentId: string; onEnded: () => void }) {
  const { t } = useTranslation('coordinator');
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('manual');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  if (!asking)
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('sme.end')}
      </button>
    );
  const end = async () => {
    try {
      await api(`/api/assignments/${assignmentId}/end`, { method: 'POST', json: { reason, note: note || undefined } });
      onEnded();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void end();
      }}
    >
      <label htmlFor={`${id}-reason`}>{t('sme.endReason')}</label>
      <select id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)}>
        {REASONS.map((r) => (
          <option key={r.value} value={r.value}>
            {t(r.key)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`}>{t('words.note')}</label>
      <textarea id={`${id}-note`} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
      <Problem error={error} />
      <div className="actions">
        <button type="submit" className="button button-primary">
          {t('sme.endConfirm')}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {t('words.cancel')}
        </button>
      </div>
    </form>
  );
}

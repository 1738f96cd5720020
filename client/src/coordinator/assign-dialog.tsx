import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import type { Page as ListPage } from '../api/types';
import type { Candidate } from './coordinator-types';
import { Problem } from './problem';
import { useLoad } from './use-load';
import { explanationWords } from './reason-words';

/**
 * `Assign tutor`: a native modal dialog (the browser traps focus and closes it on Escape) listing the
 * best feasible tutors with their explanation and free seats, one press to assign.
 */
export function AssignDialog({ smeId, onAssigned }: { smeId: string; onAssigned: (tutorName: string) => void }) {
  const { t } = useTranslation('coordinator');
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const candidates = useLoad<ListPage<Candidate>>(open ? `/api/smes/${smeId}/candidates` : null, { limit: 5 });
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  const assign = async (candidate: Candidate) => {
    setBusy(true);
    setError(undefined);
    try {
      await api('/api/assignments', { method: 'POST', json: { tutorId: candidate.tutorId, smeId } });
      dialog.current?.close();
      onAssigned(candidate.name);
    } catch (failure) {
      setError(failure);
      candidates.reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
        {t('sme.assign')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="assign-title" onClose={() => setOpen(false)}>
        <h2 id="assign-title">{t('sme.assign')}</h2>
        <p>{t('sme.candidatesIntro')}</p>
        <Problem error={error ?? candidates.error} />
        {candidates.data?.items.length === 0 && <p>{t('sme.noCandidates')}</p>}
        <ul className="candidates">
          {candidates.data?.items.map((c) => (
            <li key={c.tutorId} className="card">
              <div>
                <strong>{c.name}</strong> ({c.storeName}) · {c.regencyName}, {c.provinceName}
              </div>
              <div>{explanationWords(t, c.explanation)}</div>
              <div>{t('sme.freeSeats', { count: c.freeSeats })}</div>
              <button type="button" className="button" disabled={busy} aria-describedby={undefined} onClick={() => void assign(c)}>
                {t('sme.assignOne')}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('sme.close')}
        </button>
      </dialog>
    </>
  );
}

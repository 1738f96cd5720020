import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { Assignment } from './coordinator-types';
import { SmeLink, TutorLink } from './record-links';

/** A pair's assignments, ended ones included, naming the other side of each pair. */
export function HistoryTable({ assignments, other }: { assignments: Assignment[]; other: 'tutor' | 'sme' }) {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  if (assignments.length === 0) return <p>{t('words.none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{other === 'tutor' ? t('lists.tutor') : t('rebalances.sme')}</th>
            <th scope="col">{t('sme.started')}</th>
            <th scope="col">{t('sme.ended')}</th>
            <th scope="col">{t('sme.why')}</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr key={a.id}>
              <th scope="row">{other === 'tutor' ? <TutorLink id={a.tutorId} /> : <SmeLink id={a.smeId} />}</th>
              <td>{format.date(a.startedAt)}</td>
              <td>{a.endedAt ? format.date(a.endedAt) : t('sme.ongoing')}</td>
              <td>{a.explanation?.summary ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

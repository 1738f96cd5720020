import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { Assignment } from './coordinator-types';
import { SmeLink, TutorLink } from './record-links';
import { RecordTable } from './record-table';
import { explanationWords } from './reason-words';

/** A pair's assignments, ended ones included, naming the other side of each pair. */
export function HistoryTable({ assignments, other }: { assignments: Assignment[]; other: 'tutor' | 'sme' }) {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  if (assignments.length === 0) return <p>{t('words.none')}</p>;
  return (
    <RecordTable
      rows={assignments}
      columns={[
        { header: other === 'tutor' ? t('lists.tutor') : t('rebalances.sme'), cell: (a) => (other === 'tutor' ? <TutorLink id={a.tutorId} /> : <SmeLink id={a.smeId} />) },
        { header: t('sme.started'), cell: (a) => format.date(a.startedAt) },
        { header: t('sme.ended'), cell: (a) => (a.endedAt ? format.date(a.endedAt) : t('sme.ongoing')) },
        { header: t('sme.why'), cell: (a) => (a.explanation ? explanationWords(t, a.explanation) : '') },
      ]}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/error-words';
import { useMe } from '../auth/session';
import { useFormat } from '../format/use-format';
import { useApiData } from '../tutor/use-api-data';
import { useSessionWords } from '../tutor/use-words';
import { WhatsAppLink } from '../tutor/whatsapp-link';
import type { MentorView } from './sme-types';

/** Why there is no mentor, from the SME's own status: still waiting, finished, or left. */
const NO_MENTOR = { graduated: 'mentor.graduated', withdrawn: 'mentor.withdrawn' } as const;

export function MyMentor() {
  const { t } = useTranslation('sme');
  const { t: tCommon } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const words = useSessionWords();
  const answer = useApiData<MentorView>('/api/me/mentor');
  if (answer.status === 'loading') return <p>{tCommon('shell.loading')}</p>;
  if (answer.status === 'failed') return <p role="alert" className="alert">{errorMessage(answer.error, tCommon)}</p>;
  const { mentor } = answer.data;
  if (!mentor) {
    const status = me.sme?.status;
    return <p className="card no-mentor">{t(status === 'graduated' || status === 'withdrawn' ? NO_MENTOR[status] : 'mentor.waiting')}</p>;
  }
  return (
    <div className="card mentor-card">
      <p className="mentor-name">{mentor.name}</p>
      <dl className="facts">
        <dt>{t('mentor.store')}</dt>
        <dd>{mentor.storeName}</dd>
        <dt>{t('mentor.place')}</dt>
        <dd>{[mentor.regencyName, mentor.provinceName].filter(Boolean).join(', ')}</dd>
        <dt>{t('mentor.modes')}</dt>
        <dd>{mentor.modes.map(words.mode).join(', ')}</dd>
        <dt>{t('mentor.since')}</dt>
        <dd>{format.date(mentor.since)}</dd>
      </dl>
      <div className="card-actions">
        <WhatsAppLink phone={mentor.phone} label={t('mentor.whatsApp')} />
      </div>
    </div>
  );
}

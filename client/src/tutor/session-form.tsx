import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { errorMessage } from '../api/error-words';
import { todayIn } from '../format/format';
import { useFormat } from '../format/use-format';
import { sessionProblems, type SessionField, type SessionProblems } from './session-problems';
import { DEFAULT_DURATION, DURATION_CHOICES, durationChoiceOf, SESSION_TOPICS, type MentoringMode, type SessionTopic } from './session-vocabulary';
import type { MentoredSme, MentoringSession } from './tutor-types';
import { useSessionWords } from './use-words';

interface Props {
  sme: MentoredSme;
  modes: MentoringMode[];
  onSaved: (session: MentoringSession) => void;
  onCancel: () => void;
}

const NO_PROBLEMS: SessionProblems = { fields: {}, other: null };

/** A session in a few taps: today, an hour and the tutor's first mode are filled in; only the topics need choosing. */
export function SessionForm({ sme, modes, onSaved, onCancel }: Props) {
  const { t } = useTranslation('tutor');
  const { t: tCommon } = useTranslation();
  const words = useSessionWords();
  const format = useFormat();
  const id = useId();
  const [date, setDate] = useState(format.today);
  const [duration, setDuration] = useState(String(DEFAULT_DURATION));
  const [mode, setMode] = useState<MentoringMode | ''>(modes[0] ?? '');
  const [topics, setTopics] = useState<SessionTopic[]>([]);
  const [notes, setNotes] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [busy, setBusy] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  // The form opens below its card: bring it into view and start there, for keyboards and screen readers too.
  useEffect(() => title.current?.focus(), []);

  const toggleTopic = (topic: SessionTopic, on: boolean) => setTopics((chosen) => (on ? [...chosen, topic] : chosen.filter((x) => x !== topic)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblems(NO_PROBLEMS);
    try {
      const json = { smeId: sme.id, date, durationMinutes: duration === '' ? null : Number(duration), mode, topics, notes: notes.trim() || undefined, nextSteps: nextSteps.trim() || undefined };
      onSaved(await api<MentoringSession>('/api/sessions', { method: 'POST', json }));
    } catch (error) {
      setProblems(sessionProblems(error));
      setBusy(false);
    }
  };

  const problemOf = (field: SessionField) => {
    const problem = problems.fields[field];
    if (!problem) return null;
    return problem === 'invalid' ? t(`form.problems.${field}`) : errorMessage(new ApiError(400, problem, problem), tCommon);
  };
  const described = (field: SessionField) => (problems.fields[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-problem` } : {});
  const problemText = (field: SessionField) => {
    const problem = problemOf(field);
    return problem && <p id={`${id}-${field}-problem`} className="field-problem">{problem}</p>;
  };

  return (
    <form className="form session-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={title} tabIndex={-1}>{t('form.title', { business: sme.businessName })}</h3>

      <label htmlFor={`${id}-date`}>{t('form.date')}</label>
      <input id={`${id}-date`} type="date" value={date} min={todayIn(format.timeZone, new Date(sme.assignedSince))} max={format.today()} onChange={(e) => setDate(e.target.value)} {...described('date')} />
      {problemText('date')}

      <label htmlFor={`${id}-duration`}>{t('form.duration')}</label>
      <input id={`${id}-duration`} type="number" inputMode="numeric" min={5} max={480} step={5} value={duration} onChange={(e) => setDuration(e.target.value)} {...described('durationMinutes')} />
      <fieldset className="chips">
        <legend className="visually-hidden">{t('form.quickDuration')}</legend>
        {DURATION_CHOICES.map((minutes) => (
          <label key={minutes} className="chip">
            <input type="radio" name={`${id}-quick`} checked={durationChoiceOf(Number(duration)) === minutes} onChange={() => setDuration(String(minutes))} />
            {t('form.quickMinutes', { minutes })}
          </label>
        ))}
      </fieldset>
      {problemText('durationMinutes')}

      <fieldset className="chips" {...described('mode')}>
        <legend>{t('form.mode')}</legend>
        {modes.map((offered) => (
          <label key={offered} className="chip">
            <input type="radio" name={`${id}-mode`} value={offered} checked={mode === offered} onChange={() => setMode(offered)} />
            {words.mode(offered)}
          </label>
        ))}
      </fieldset>
      {problemText('mode')}

      <fieldset className="checks" {...described('topics')}>
        <legend>{t('form.topics')}</legend>
        {SESSION_TOPICS.map((topic) => (
          <label key={topic} className="check">
            <input type="checkbox" checked={topics.includes(topic)} onChange={(e) => toggleTopic(topic, e.target.checked)} />
            {words.topic(topic)}
          </label>
        ))}
      </fieldset>
      {problemText('topics')}

      <label htmlFor={`${id}-notes`}>{t('form.notes')}</label>
      <textarea id={`${id}-notes`} rows={3} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} {...described('notes')} />
      {problemText('notes')}

      <label htmlFor={`${id}-next`}>{t('form.nextSteps')}</label>
      <textarea id={`${id}-next`} rows={2} maxLength={2000} value={nextSteps} onChange={(e) => setNextSteps(e.target.value)} {...described('nextSteps')} />
      {problemText('nextSteps')}

      {problems.other !== null && <p role="alert" className="alert">{errorMessage(problems.other, tCommon)}</p>}
      {Object.keys(problems.fields).length > 0 && <p role="alert" className="alert">{errorMessage(new ApiError(400, 'VALIDATION_FAILED', ''), tCommon)}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

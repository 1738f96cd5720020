import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { Page } from '../shell/page';
import { Problem } from './problem';
import { changedSections, parsedLike, type Settings } from './settings-draft';
import { useLoad } from './use-load';
import { settingWord } from './vocabulary';

/** The cost model is one text box: its nested refusals are shown there. */
function byField(problems: Record<string, string[]>): Record<string, string[]> {
  const shown: Record<string, string[]> = {};
  for (const [field, constraints] of Object.entries(problems)) {
    const at = field.startsWith('matching') ? 'matching' : field;
    shown[at] = [...(shown[at] ?? []), ...constraints];
  }
  return shown;
}

const SECTIONS = ['segmentation', 'graduation', 'flags', 'tutorLoad', 'schedule', 'matching'] as const;
const ONLINE_STAGES = ['offline', 'store_created', 'products_listed', 'first_sale'] as const;

/** The program settings, one field per value (the cost model as JSON), each refusal shown at its field. */
export function SettingsPage() {
  const { t } = useTranslation('coordinator');
  const stored = useLoad<Settings>('/api/settings');
  const [draft, setDraft] = useState<Settings>();
  const [matchingText, setMatchingText] = useState('');
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!stored.data) return;
    setDraft(stored.data);
    setMatchingText(JSON.stringify(stored.data.matching, null, 2));
  }, [stored.data]);
  const setValue = (section: string, key: string, value: unknown) => setDraft((d) => d && { ...d, [section]: { ...d[section], [key]: value } });
  const save = async () => {
    if (!stored.data || !draft) return;
    setSaved(false);
    setError(undefined);
    setProblems({});
    let matching: Record<string, unknown>;
    try {
      matching = JSON.parse(matchingText) as Record<string, unknown>;
    } catch {
      setProblems({ matching: ['JSON'] });
      return;
    }
    const changes = changedSections(stored.data, { ...draft, matching });
    if (Object.keys(changes).length === 0) return setSaved(true);
    try {
      await api('/api/settings', { method: 'PATCH', json: changes });
      setSaved(true);
      stored.reload();
    } catch (failure) {
      setError(failure);
      if (failure instanceof ApiError) setProblems(byField(failure.fieldProblems()));
    }
  };
  // The server's refusal names the field; the page says that field's rule in its own language.
  const problemOf = (field: string) =>
    problems[field] && (
      <p id={`problem-${field}`} className="field-problem">
        {settingWord(t, 'rules', field, problems[field].join('; '))}
      </p>
    );
  const describedBy = (field: string) => (problems[field] ? { 'aria-invalid': true, 'aria-describedby': `problem-${field}` } : {});
  return (
    <Page title={t('nav.settings')}>
      <p>{t('settings.intro')}</p>
      <Problem error={stored.error ?? error} />
      {saved && <p role="status">{t('settings.saved')}</p>}
      {draft && (
        <form
          className="settings"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {SECTIONS.filter((s) => s !== 'matching').map((section) => (
            <fieldset key={section} className="form">
              <legend>{t(`settings.sections.${section}`)}</legend>
              {Object.entries(draft[section] ?? {}).map(([key, value]) => {
                const field = `${section}.${key}`;
                const original = stored.data?.[section]?.[key];
                const label = settingWord(t, 'fields', field, key);
                if (typeof original === 'boolean') {
                  return (
                    <div key={field} className="field">
                      <label className="check">
                        <input type="checkbox" checked={value === true} onChange={(event) => setValue(section, key, event.target.checked)} {...describedBy(field)} /> {label}
                      </label>
                      {problemOf(field)}
                    </div>
                  );
                }
                const input = { id: `setting-${field}`, ...describedBy(field) };
                return (
                  <div key={field} className="field">
                    <label htmlFor={input.id}>{label}</label>
                    {key === 'minOnlineStage' ? (
                      <select {...input} value={String(value)} onChange={(event) => setValue(section, key, event.target.value)}>
                        {ONLINE_STAGES.map((stage) => (
                          <option key={stage} value={stage}>
                            {t(`settings.onlineStage.${stage}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input {...input} inputMode={typeof original === 'number' ? 'numeric' : undefined} value={String(value)} onChange={(event) => setValue(section, key, parsedLike(original, event.target.value))} />
                    )}
                    {problemOf(field)}
                  </div>
                );
              })}
            </fieldset>
          ))}
          <fieldset className="form">
            <legend>{t('settings.sections.matching')}</legend>
            <label htmlFor="setting-matching">{t('settings.matchingHelp')}</label>
            <textarea id="setting-matching" rows={14} value={matchingText} {...describedBy('matching')} onChange={(event) => setMatchingText(event.target.value)} />
            {problemOf('matching')}
          </fieldset>
          <button type="submit" className="button button-primary">
            {t('words.save')}
          </button>
        </form>
      )}
    </Page>
  );
}

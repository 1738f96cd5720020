import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../shell/page';
import { importCsv, type ImportOutcome } from './import-csv';
import { Problem } from './problem';
import { rowProblemWord } from './vocabulary';

const KINDS = [
  { kind: 'tutors', label: 'imports.tutorsCsv' },
  { kind: 'smes', label: 'imports.smesCsv' },
] as const;

/** CSV import of tutors and SMEs (each file all or nothing), row problems in a table, and the exports. */
export function ImportsPage() {
  const { t } = useTranslation('coordinator');
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});
  const [outcomes, setOutcomes] = useState<{ label: string; outcome: ImportOutcome }[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const run = async () => {
    const chosen = KINDS.flatMap(({ kind, label }) => {
      const file = inputs.current[kind]?.files?.[0];
      return file ? [{ kind, label, file }] : [];
    });
    setMissing(chosen.length === 0);
    if (chosen.length === 0) return;
    setBusy(true);
    setError(undefined);
    setOutcomes([]);
    try {
      const done = [];
      for (const { kind, label, file } of chosen) done.push({ label: t(label), outcome: await importCsv(kind, file) });
      setOutcomes(done);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('nav.imports')}>
      <p>{t('imports.intro')}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        {KINDS.map(({ kind, label }) => (
          <div key={kind} className="field">
            <label htmlFor={`import-${kind}`}>{t(label)}</label>
            <input id={`import-${kind}`} type="file" accept=".csv,text/csv" ref={(element) => void (inputs.current[kind] = element)} />
          </div>
        ))}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('imports.importing') : t('imports.import')}
        </button>
        {busy && <progress aria-label={t('imports.importing')} />}
      </form>
      {missing && (
        <p role="alert" className="alert">
          {t('imports.chooseFile')}
        </p>
      )}
      <Problem error={error} />
      <div role="status">
        {outcomes.map(({ label, outcome }) =>
          'created' in outcome ? (
            <p key={label}>
              {label}: {t('imports.created', { count: outcome.created })}
            </p>
          ) : (
            <section key={label}>
              <h2>
                {label}: {t('imports.errors')}
              </h2>
              <div className="table-scroll" tabIndex={0}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('imports.row')}</th>
                      <th scope="col">{t('imports.field')}</th>
                      <th scope="col">{t('imports.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcome.errors.map((e, index) => (
                      <tr key={index}>
                        <td>{e.row === 0 ? t('imports.fileWhole') : e.row}</td>
                        <td>{e.field}</td>
                        <td>{rowProblemWord(t, e.code)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ),
        )}
      </div>
      <h2>{t('imports.exports')}</h2>
      <ul className="records">
        <li>
          <a href="/api/exports/assignments.csv" download>
            {t('imports.downloadAssignments')}
          </a>
        </li>
        <li>
          <a href="/api/exports/tutors.csv" download>
            {t('imports.downloadTutors')}
          </a>
        </li>
        <li>
          <a href="/api/exports/smes.csv" download>
            {t('imports.downloadSmes')}
          </a>
        </li>
      </ul>
    </Page>
  );
}

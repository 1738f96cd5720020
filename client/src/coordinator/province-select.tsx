import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Province } from './coordinator-types';
import { useLoad } from './use-load';

/** A `Province` choice from GET /api/regions; the empty choice means every province. */
export function ProvinceSelect({ value, onChange, emptyLabel }: { value: string; onChange: (code: string) => void; emptyLabel?: string }) {
  const { t } = useTranslation('coordinator');
  const id = useId();
  const regions = useLoad<Province[]>('/api/regions');
  return (
    <div className="field">
      <label htmlFor={id}>{t('words.province')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel ?? t('words.all')}</option>
        {regions.data?.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A `Regency` choice among the regencies of the chosen province (none to choose from while no province is). */
export function RegencySelect({ provinceCode, value, onChange }: { provinceCode: string; value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation('coordinator');
  const regions = useLoad<Province[]>('/api/regions');
  const regencies = regions.data?.find((province) => province.code === provinceCode)?.regencies ?? [];
  return <ChoiceSelect label={t('words.regency')} value={value} onChange={onChange} options={regencies.map((r) => ({ value: r.code, label: r.name }))} />;
}

/** A labelled choice among fixed values, the empty one meaning any. */
export function ChoiceSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  const { t } = useTranslation('coordinator');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('words.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { ProvinceCoverage } from './coordinator-types';
import { coverageBand, PROVINCE_TILES, recruitmentGap, westToEast } from './province-tiles';

const BANDS = ['none', 'low', 'some', 'most', 'full'] as const;
const BAND_WORDS = { none: 'overview.bandNone', low: 'overview.bandLow', some: 'overview.bandSome', most: 'overview.bandMost', full: 'overview.bandFull' } as const;

/** The 38 provinces as tiles placed west to east, coloured by coverage, each with its figures in text; the table holds the same figures. */
export function ProvinceMap({ provinces }: { provinces: ProvinceCoverage[] }) {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const byCode = new Map(provinces.map((p) => [p.provinceCode, p]));
  const ordered = westToEast(provinces.map((p) => p.provinceCode)).map((code) => byCode.get(code)!);
  return (
    <>
      <p>{t('overview.coverageIntro')}</p>
      <ul className="legend" aria-label={t('overview.legend')}>
        {BANDS.map((band) => (
          <li key={band}>
            <span className={`swatch band-${band}`} aria-hidden="true" /> {t(BAND_WORDS[band])}
          </li>
        ))}
      </ul>
      <ol className="tile-map" aria-label={t('overview.coverage')}>
        {ordered.map((p) => {
          const place = PROVINCE_TILES[p.provinceCode];
          const gap = recruitmentGap(p);
          return (
            <li key={p.provinceCode} className={`tile band-${coverageBand(p.smes, p.coverageShare)}`} style={place ? { gridColumn: place.column, gridRow: place.row } : undefined} title={p.provinceName}>
              <span className="tile-name">{p.provinceName}</span>
              <span className="tile-share">{p.smes === 0 ? '–' : format.percent(p.coverageShare)}</span>
              {gap > 0 && <span className="tile-gap">{t('overview.gap', { count: gap })}</span>}
            </li>
          );
        })}
      </ol>
      <details className="coverage-table">
        <summary>{t('overview.coverageTable')}</summary>
        <div className="table-scroll" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('overview.provinceColumn')}</th>
                <th scope="col">{t('overview.smesColumn')}</th>
                <th scope="col">{t('overview.assignedColumn')}</th>
                <th scope="col">{t('overview.tutorsCountColumn')}</th>
                <th scope="col">{t('overview.freeColumn')}</th>
                <th scope="col">{t('overview.shareColumn')}</th>
                <th scope="col">{t('overview.gapColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((p) => (
                <tr key={p.provinceCode}>
                  <th scope="row">{p.provinceName}</th>
                  <td>{p.smes}</td>
                  <td>{p.assigned}</td>
                  <td>{p.tutors}</td>
                  <td>{p.freeCapacity}</td>
                  <td>{format.percent(p.coverageShare)}</td>
                  <td>{recruitmentGap(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

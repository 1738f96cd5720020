import { ProvinceSelect, RegencySelect } from './province-select';
import { SearchBox } from './search-box';

export interface NameAndPlace {
  q: string;
  provinceCode: string;
  regencyCode: string;
}

/** The search box and the province and regency pickers the tutor and SME lists open their filters with; a new province clears the regency. */
export function NameAndPlaceFilters({ filters, change }: { filters: NameAndPlace; change: (values: Partial<NameAndPlace>) => void }) {
  return (
    <>
      <SearchBox onSearch={(q) => q !== filters.q && change({ q })} />
      <ProvinceSelect value={filters.provinceCode} onChange={(provinceCode) => change({ provinceCode, regencyCode: '' })} />
      <RegencySelect provinceCode={filters.provinceCode} value={filters.regencyCode} onChange={(regencyCode) => change({ regencyCode })} />
    </>
  );
}

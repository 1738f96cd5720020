import { officialRegions } from '../../regions/region-catalogue.js';
import { valueValidator } from './value-validator.js';

/** An official regency/city code of idn-area-data, e.g. `32.73` (Kota Bandung). */
export const IsRegencyCode = valueValidator(
  'isRegencyCode',
  (value) => typeof value === 'string' && officialRegions().isRegency(value),
  'must be an official regency code such as 32.73',
);

/** An official province code of idn-area-data, e.g. `32` (Jawa Barat). */
export const IsProvinceCode = valueValidator(
  'isProvinceCode',
  (value) => typeof value === 'string' && officialRegions().isProvince(value),
  'must be an official province code such as 32',
);

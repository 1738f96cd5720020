import { registerDecorator, ValidationOptions } from 'class-validator';
import { officialRegions } from '../../regions/region-catalogue.js';

/** An official regency/city code of idn-area-data, e.g. `32.73` (Kota Bandung). */
export function IsRegencyCode(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isRegencyCode',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an official regency code such as 32.73`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && officialRegions().isRegency(value) },
    });
}

/** An official province code of idn-area-data, e.g. `32` (Jawa Barat). */
export function IsProvinceCode(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isProvinceCode',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an official province code such as 32`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && officialRegions().isProvince(value) },
    });
}

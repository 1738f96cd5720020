import { officialRegions } from './region-catalogue.js';

export interface RegionNames {
  regencyName: string;
  provinceName: string;
}

/** A record's regency and province names beside its codes, as the official names are spelled. */
export function withRegionNames<T extends { regencyCode: string; provinceCode: string }>(record: T): T & RegionNames {
  const regions = officialRegions();
  return Object.assign(record, {
    regencyName: regions.regencyName(record.regencyCode) ?? record.regencyCode,
    provinceName: regions.provinceName(record.provinceCode) ?? record.provinceCode,
  });
}


import { Injectable } from '@nestjs/common';
import { islandGroupOf } from './island-group.js';
import { officialRegions } from './region-catalogue.js';
import type { ProvinceView } from './region.dto.js';

/** The provinces and their regencies for the pages' pickers, by code. */
@Injectable()
export class RegionsService {
  private views?: ProvinceView[];

  list(): ProvinceView[] {
    const regions = officialRegions();
    this.views ??= regions
      .provinces()
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((province) => ({
        code: province.code,
        name: province.name,
        islandGroup: islandGroupOf(province.code),
        regencies: regions
          .regenciesOf(province.code)
          .sort((a, b) => a.code.localeCompare(b.code))
          .map(({ code, name }) => ({ code, name })),
      }));
    return this.views;
  }
}

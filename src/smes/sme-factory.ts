import { officialRegions } from '../regions/region-catalogue.js';
import type { ProgramSettings } from '../settings/program-settings.js';
import { deriveSegment } from './segment.rule.js';
import type { CreateSmeDto } from './sme.dto.js';
import type { Sme } from './sme.entity.js';

/** An SME record from create fields: province derived, segment derived unless the coordinator set it. */
export function newSme(dto: CreateSmeDto, settings: ProgramSettings): Partial<Sme> {
  return {
    ...dto,
    provinceCode: officialRegions().provinceOf(dto.regencyCode),
    segment: dto.segment ?? deriveSegment(dto, settings.segmentation),
    segmentSetByCoordinator: dto.segment !== undefined,
    status: dto.status ?? 'enrolled',
  };
}

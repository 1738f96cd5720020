import { OmitType } from '@nestjs/swagger';
import { SmeListQueryDto } from '../smes/sme.dto.js';
import { TutorListQueryDto } from '../tutors/tutor.dto.js';

/** An export takes its list's filters and gives every row, so it takes no page. */
export class TutorExportQueryDto extends OmitType(TutorListQueryDto, ['limit', 'cursor'] as const) {}

export class SmeExportQueryDto extends OmitType(SmeListQueryDto, ['limit', 'cursor'] as const) {}

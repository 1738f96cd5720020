import { ApiProperty } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { CourseProgressView } from '../tracking/course.response.js';
import { FlagView } from '../tracking/flag.response.js';
import { SmeRecordView } from '../smes/sme.response.js';
import type { MentoredSme } from './tutor-portal.service.js';

/** One of the caller's SMEs, as its tutor sees it. */
export class MentoredSmeView extends SmeRecordView {
  @ApiProperty({ description: 'when the current pair began' }) assignedSince: Date;
  @ApiProperty({ type: CourseProgressView, isArray: true }) courseProgress: CourseProgressView[];
  @ApiProperty({ type: FlagView, isArray: true, description: 'open and acknowledged flags' }) openFlags: FlagView[];
  @ApiProperty({ nullable: true, type: String, example: '2026-11-20' }) lastSessionDate: string | null;

  static override from(sme: MentoredSme): MentoredSmeView {
    return pickDocumented(MentoredSmeView, { ...sme, openFlags: sme.openFlags.map(FlagView.from) });
  }
}

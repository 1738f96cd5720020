import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { pickDocumented } from '../common/http/documented-fields.js';
import { PageOf } from '../common/http/page-of.js';
import { MENTORING_MODES, type MentoringMode } from '../common/vocabulary.js';

/** What an SME may know of its tutor: how to reach it, nothing of its other SMEs. */
export class MentorContactView {
  @ApiProperty() name: string;
  @ApiProperty() storeName: string;
  @ApiProperty() phone: string;
  @ApiProperty({ example: '32.73' }) regencyCode: string;
  @ApiProperty({ example: 'Kota Bandung' }) regencyName: string;
  @ApiProperty({ example: '32' }) provinceCode: string;
  @ApiProperty({ example: 'Jawa Barat' }) provinceName: string;
  @ApiProperty({ enum: MENTORING_MODES, isArray: true }) modes: MentoringMode[];
  @ApiProperty({ description: 'when the pair began' }) since: Date;
}

export class MentorView {
  @ApiProperty({ type: MentorContactView, nullable: true }) mentor: MentorContactView | null;
  @ApiPropertyOptional({ description: 'why there is no mentor, when there is none' }) reason?: string;

  static from(answer: MentorView): MentorView {
    return pickDocumented(MentorView, answer);
  }
}

export class CourseStatusView {
  @ApiProperty({ example: 'DM-101' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ minimum: 0, maximum: 100 }) progressPercent: number;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
}

/** The whole catalogue with the caller's progress, as one page. */
export class MyCoursesView extends PageOf(CourseStatusView) {
  @ApiProperty({ description: 'required courses the caller completed' }) requiredCompleted: number;
  @ApiProperty({ description: 'required courses in the catalogue' }) requiredTotal: number;

  static from(answer: MyCoursesView): MyCoursesView {
    return pickDocumented(MyCoursesView, answer);
  }
}

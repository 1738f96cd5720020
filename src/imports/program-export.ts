import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import type { Assignment } from '../assignments/assignment.entity.js';
import { type RegionNames, withRegionNames } from '../regions/region-names.js';
import type { Sme } from '../smes/sme.entity.js';
import type { SmeListQueryDto } from '../smes/sme.dto.js';
import { SmeRepository, type SmeWithTutor } from '../smes/sme.repository.js';
import type { TutorListQueryDto } from '../tutors/tutor.dto.js';
import { TutorRepository, type TutorWithLoad } from '../tutors/tutor.repository.js';
import { type CsvColumn, csvOfPages, fieldColumns } from './csv-export.js';

type Filter<Q> = Omit<Q, 'limit' | 'cursor'>;

const PLACE = ['provinceCode', 'provinceName', 'regencyCode', 'regencyName'] as const;

const TUTOR_COLUMNS = fieldColumns<TutorWithLoad>([
  'id', 'name', 'phone', 'email', 'storeName', 'sellerSince', 'sellerRating', ...PLACE, 'categories', 'languages', 'modes', 'maxSmes', 'status', 'load',
]);

const SME_COLUMNS = fieldColumns<SmeWithTutor>([
  'id', 'businessName', 'ownerName', 'phone', ...PLACE, 'category', 'languages', 'internetAccess', 'digitalLiteracy', 'onlineStage', 'segment', 'status', 'currentTutorId',
]);

type ExportedAssignment = Assignment & { tutor: TutorWithLoad | undefined; sme: (Sme & RegionNames) | undefined };

/** One side's columns, named after it: tutorName, smeRegencyName, ... */
const sideColumns = <S>(side: 'tutor' | 'sme', fields: readonly (keyof S & string)[]): CsvColumn<ExportedAssignment>[] =>
  fields.map((field) => ({ header: side + field.charAt(0).toUpperCase() + field.slice(1), value: (row) => (row[side] as S | undefined)?.[field] }));

const ASSIGNMENT_COLUMNS: CsvColumn<ExportedAssignment>[] = [
  ...fieldColumns<ExportedAssignment>(['id', 'tutorId', 'smeId']),
  ...sideColumns<TutorWithLoad>('tutor', ['name', 'storeName', 'phone', ...PLACE]),
  ...sideColumns<Sme & RegionNames>('sme', ['businessName', 'ownerName', 'phone', ...PLACE]),
  ...fieldColumns<ExportedAssignment>(['startedAt', 'startReason', 'pinned', 'rebalanceId']),
];

/** The coordinator's spreadsheets: tutors and SMEs as their lists filter them, and the active assignments with both sides. */
@Injectable()
export class ProgramExport {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly tutors: TutorRepository,
    private readonly smes: SmeRepository,
  ) {}

  tutorsCsv(filter: Filter<TutorListQueryDto>): AsyncGenerator<string> {
    return csvOfPages(TUTOR_COLUMNS, (cursor, limit) => this.tutors.list({ ...filter, cursor, limit }));
  }

  smesCsv(filter: Filter<SmeListQueryDto>): AsyncGenerator<string> {
    return csvOfPages(SME_COLUMNS, (cursor, limit) => this.smes.list({ ...filter, cursor, limit }));
  }

  activeAssignmentsCsv(): AsyncGenerator<string> {
    return csvOfPages(ASSIGNMENT_COLUMNS, async (cursor, limit) => {
      const page = await this.assignments.list({ active: true, cursor, limit });
      const [tutors, smes] = await Promise.all([
        this.tutors.findManyWithLoad([...new Set(page.items.map((a) => a.tutorId))]),
        this.smes.findByIds(page.items.map((a) => a.smeId)),
      ]);
      const tutorById = new Map(tutors.map((t) => [t.id, t]));
      const smeById = new Map(smes.map((s) => [s.id, withRegionNames(s)]));
      return { items: page.items.map((a) => Object.assign(a, { tutor: tutorById.get(a.tutorId), sme: smeById.get(a.smeId) })), nextCursor: page.nextCursor };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { inputHazards } from '../common/input-hazards.js';
import { ErrorCode } from '../common/error-code.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { SettingsService } from '../settings/settings.service.js';
import { newSme } from '../smes/sme-factory.js';
import { CreateSmeDto } from '../smes/sme.dto.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { CreateTutorDto } from '../tutors/tutor.dto.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import { maxSmesAboveProgram, newTutor } from '../tutors/tutors.service.js';
import { CsvFormatError, CsvRowError, CsvTooManyRowsError, FieldKind, readCsvObjects } from './csv-rows.js';

export const MAX_IMPORT_ROWS = 50_000;
const INSERT_CHUNK = 500;
const VALIDATION_CHUNK = 1_000;

const TUTOR_COLUMNS: Record<keyof CreateTutorDto, FieldKind> = {
  name: 'string', phone: 'string', email: 'string', storeName: 'string', sellerSince: 'string', sellerRating: 'number',
  regencyCode: 'string', categories: 'list', languages: 'list', modes: 'list', maxSmes: 'integer', status: 'string',
};

const SME_COLUMNS: Record<keyof CreateSmeDto, FieldKind> = {
  businessName: 'string', ownerName: 'string', phone: 'string', regencyCode: 'string', category: 'string', languages: 'list',
  internetAccess: 'string', digitalLiteracy: 'integer', onlineStage: 'string', segment: 'string', status: 'string',
};

const importRejected = (message: string, errors: CsvRowError[]) => new DomainError(ErrorCode.ValidationFailed, message, undefined, { errors });

const toCode = (constraint: string): string => constraint.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** CSV imports: every row is checked first; one bad row and nothing is stored. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly tutors: TutorRepository,
    private readonly smes: SmeRepository,
    private readonly settings: SettingsService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async importTutors(csv: unknown): Promise<{ created: number }> {
    const { tutorLoad } = await this.settings.current();
    const dtos = await this.validRows(csv, TUTOR_COLUMNS, CreateTutorDto, (dto) =>
      maxSmesAboveProgram(dto.maxSmes, tutorLoad) ? [{ field: 'maxSmes', code: 'ABOVE_TUTOR_LOAD_MAX' }] : [],
    );
    const records = dtos.map((dto) => ({ ...newTutor(dto, tutorLoad), id: randomUUID() }));
    await this.insertAll((manager, chunk) => this.tutors.insertMany(manager, chunk), records);
    return { created: records.length };
  }

  async importSmes(csv: unknown): Promise<{ created: number }> {
    const settings = await this.settings.current();
    const records = (await this.validRows(csv, SME_COLUMNS, CreateSmeDto)).map((dto) => ({ ...newSme(dto, settings), id: randomUUID() }));
    await this.insertAll((manager, chunk) => this.smes.insertMany(manager, chunk), records);
    return { created: records.length };
  }

  /** The file's rows as bodies, when every one is valid; `programRules` names what a valid body still may not be. */
  private async validRows<T extends object>(
    csv: unknown,
    columns: Record<string, FieldKind>,
    dto: ClassConstructor<T>,
    programRules: (body: T) => Omit<CsvRowError, 'row'>[] = () => [],
  ): Promise<T[]> {
    if (typeof csv !== 'string') throw importRejected('Send the file as text/csv', [{ row: 0, field: 'body', code: 'CSV_REQUIRED' }]);
    let parsed: Awaited<ReturnType<typeof readCsvObjects>>;
    try {
      parsed = await readCsvObjects(csv, columns, MAX_IMPORT_ROWS);
    } catch (error) {
      if (error instanceof CsvFormatError) throw importRejected(error.message, [{ row: 0, field: 'body', code: 'CSV_MALFORMED' }]);
      if (error instanceof CsvTooManyRowsError) throw importRejected(error.message, [{ row: 0, field: 'body', code: 'TOO_MANY_ROWS' }]);
      throw error;
    }
    const errors: CsvRowError[] = [...parsed.errors];
    const dtos: T[] = [];
    for (const [index, { row, value }] of parsed.rows.entries()) {
      // Validation takes turns with other requests, a chunk of rows at a time.
      if (index > 0 && index % VALIDATION_CHUNK === 0) await yieldToEventLoop();
      const instance = plainToInstance(dto, value);
      errors.push(...inputHazards(value).map(({ field }) => ({ row, field, code: 'NUL_CHARACTER' })));
      const invalid = rowErrors(row, validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }));
      errors.push(...invalid, ...(invalid.length === 0 ? programRules(instance).map((error) => ({ row, ...error })) : []));
      dtos.push(instance);
    }
    if (parsed.rows.length === 0) errors.push({ row: 0, field: 'body', code: 'NO_ROWS' });
    if (errors.length > 0) throw importRejected(`${errors.length} problem(s) in the file; nothing was stored`, errors);
    return dtos;
  }

  private async insertAll<R>(insert: (manager: EntityManager, chunk: R[]) => Promise<void>, records: R[]): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      for (let start = 0; start < records.length; start += INSERT_CHUNK) await insert(manager, records.slice(start, start + INSERT_CHUNK));
    });
  }
}

function rowErrors(row: number, errors: ValidationError[]): CsvRowError[] {
  return errors.flatMap((error) => Object.keys(error.constraints ?? { invalid: '' }).map((constraint) => ({ row, field: error.property, code: toCode(constraint) })));
}

import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators.js';
import { SmeExportQueryDto, TutorExportQueryDto } from './export-query.dto.js';
import { ProgramExport } from './program-export.js';
import { CSV_RESPONSE, ImportResultView } from './import.response.js';
import { ImportsService } from './imports.service.js';

const CSV_BODY = { schema: { type: 'string', example: 'name,phone,storeName,...\n' } };

@ApiTags('imports and exports')
@ApiBearerAuth()
@Roles('coordinator')
@Controller()
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly exporter: ProgramExport,
  ) {}

  @Post('imports/tutors')
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiCreatedResponse({ type: ImportResultView })
  tutors(@Body() csv: unknown): Promise<ImportResultView> {
    return this.imports.importTutors(csv);
  }

  @Post('imports/smes')
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiCreatedResponse({ type: ImportResultView })
  smes(@Body() csv: unknown): Promise<ImportResultView> {
    return this.imports.importSmes(csv);
  }

  @Get('exports/assignments.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  assignments(@Res() response: Response): Promise<void> {
    return sendCsv(response, 'assignments.csv', this.exporter.activeAssignmentsCsv());
  }

  @Get('exports/tutors.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  tutorsCsv(@Query() filter: TutorExportQueryDto, @Res() response: Response): Promise<void> {
    return sendCsv(response, 'tutors.csv', this.exporter.tutorsCsv(filter));
  }

  @Get('exports/smes.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV_RESPONSE)
  smesCsv(@Query() filter: SmeExportQueryDto, @Res() response: Response): Promise<void> {
    return sendCsv(response, 'smes.csv', this.exporter.smesCsv(filter));
  }
}

async function sendCsv(response: Response, filename: string, chunks: AsyncGenerator<string>): Promise<void> {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  for await (const chunk of chunks) response.write(chunk);
  response.end();
}

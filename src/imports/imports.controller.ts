import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators.js';
import { AssignmentExport } from './assignment-export.js';
import { ImportsService } from './imports.service.js';

const CSV_BODY = { schema: { type: 'string', example: 'name,phone,storeName,...\n' } };

@ApiTags('imports and exports')
@ApiBearerAuth()
@Roles('coordinator')
@Controller()
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly exporter: AssignmentExport,
  ) {}

  @Post('imports/tutors')
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  tutors(@Body() csv: unknown) {
    return this.imports.importTutors(csv);
  }

  @Post('imports/smes')
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  smes(@Body() csv: unknown) {
    return this.imports.importSmes(csv);
  }

  @Get('exports/assignments.csv')
  @ApiProduces('text/csv')
  async assignments(@Res() response: Response): Promise<void> {
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="assignments.csv"');
    for await (const chunk of this.exporter.activeAssignmentsCsv()) response.write(chunk);
    response.end();
  }
}

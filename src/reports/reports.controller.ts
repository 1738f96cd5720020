import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { CoverageView, OverviewView } from './report.response.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('overview')
  @ApiOkResponse({ type: OverviewView })
  overview(): Promise<OverviewView> {
    return this.reports.overview();
  }

  @Get('coverage')
  @ApiOkResponse({ type: CoverageView })
  coverage(): Promise<CoverageView> {
    return this.reports.coverage();
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page, PageQueryDto } from '../common/pagination.js';
import { RequestRebalanceDto } from './rebalance.dto.js';
import { ChangeView, RebalanceView } from './rebalance.response.js';
import { RebalancesService } from './rebalances.service.js';

@ApiTags('rebalances')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('rebalances')
export class RebalancesController {
  constructor(private readonly rebalances: RebalancesService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RebalanceView, description: 'the new run, or the one already queued or running' })
  async request(@Body() dto: RequestRebalanceDto, @CurrentUser() user: AuthUser): Promise<RebalanceView> {
    return RebalanceView.from(await this.rebalances.request({ ...dto, trigger: 'manual', requestedBy: user }));
  }

  @Get()
  @ApiOkResponse({ type: PageOf(RebalanceView) })
  async list(@Query() page: PageQueryDto): Promise<Page<RebalanceView>> {
    return mapPage(await this.rebalances.list(page), RebalanceView.from);
  }

  @Get(':id')
  @ApiOkResponse({ type: RebalanceView })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<RebalanceView> {
    return RebalanceView.from(await this.rebalances.get(id));
  }

  @Get(':id/changes')
  @ApiOkResponse({ type: PageOf(ChangeView), description: 'in the plan’s order (`seq`)' })
  async changes(@Param('id', ParseUUIDPipe) id: string, @Query() page: PageQueryDto): Promise<Page<ChangeView>> {
    return mapPage(await this.rebalances.changes(id, page), ChangeView.from);
  }

  @Post(':id/apply')
  @HttpCode(200)
  @ApiOkResponse({ type: RebalanceView })
  async apply(@Param('id', ParseUUIDPipe) id: string): Promise<RebalanceView> {
    return RebalanceView.from(await this.rebalances.apply(id));
  }
}

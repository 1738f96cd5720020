import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { mapPage, Page, PageQueryDto } from '../common/pagination.js';
import { RequestRebalanceDto } from './rebalance.dto.js';
import { RebalanceView, toRebalanceView } from './rebalance-view.js';
import { ChangeView, RebalancesService } from './rebalances.service.js';

@ApiTags('rebalances')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('rebalances')
export class RebalancesController {
  constructor(private readonly rebalances: RebalancesService) {}

  @Post()
  @HttpCode(202)
  async request(@Body() dto: RequestRebalanceDto, @CurrentUser() user: AuthUser): Promise<RebalanceView> {
    return toRebalanceView(await this.rebalances.request({ ...dto, trigger: 'manual', requestedBy: user }));
  }

  @Get()
  async list(@Query() page: PageQueryDto): Promise<Page<RebalanceView>> {
    return mapPage(await this.rebalances.list(page), toRebalanceView);
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<RebalanceView> {
    return toRebalanceView(await this.rebalances.get(id));
  }

  @Get(':id/changes')
  changes(@Param('id', ParseUUIDPipe) id: string, @Query() page: PageQueryDto): Promise<Page<ChangeView>> {
    return this.rebalances.changes(id, page);
  }

  @Post(':id/apply')
  @HttpCode(200)
  async apply(@Param('id', ParseUUIDPipe) id: string): Promise<RebalanceView> {
    return toRebalanceView(await this.rebalances.apply(id));
  }
}

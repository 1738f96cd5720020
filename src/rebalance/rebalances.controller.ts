import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { RequestRebalanceDto } from './rebalance.dto.js';
import { Rebalance } from './rebalance.entity.js';
import { ChangeView, RebalancesService } from './rebalances.service.js';

@ApiTags('rebalances')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('rebalances')
export class RebalancesController {
  constructor(private readonly rebalances: RebalancesService) {}

  @Post()
  @HttpCode(202)
  request(@Body() dto: RequestRebalanceDto, @CurrentUser() user: AuthUser): Promise<Rebalance> {
    return this.rebalances.request({ ...dto, trigger: 'manual', requestedBy: user });
  }

  @Get()
  list(@Query() page: PageQueryDto): Promise<Page<Rebalance>> {
    return this.rebalances.list(page);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Rebalance> {
    return this.rebalances.get(id);
  }

  @Get(':id/changes')
  changes(@Param('id', ParseUUIDPipe) id: string, @Query() page: PageQueryDto): Promise<Page<ChangeView>> {
    return this.rebalances.changes(id, page);
  }

  @Post(':id/apply')
  @HttpCode(200)
  apply(@Param('id', ParseUUIDPipe) id: string): Promise<Rebalance> {
    return this.rebalances.apply(id);
  }
}

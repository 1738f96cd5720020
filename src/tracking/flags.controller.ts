import { Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page } from '../common/pagination.js';
import { FlagListQueryDto, UpdateFlagDto } from './flag.dto.js';
import { FlagView } from './flag.response.js';
import { FlagsService } from './flags.service.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';

@ApiTags('flags')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('flags')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get()
  @ApiOkResponse({ type: PageOf(FlagView) })
  async list(@Query() query: FlagListQueryDto): Promise<Page<FlagView>> {
    return mapPage(await this.flags.list(query), FlagView.from);
  }

  @Patch(':id')
  @ApiOkResponse({ type: FlagView })
  async update(@Param('id', ParseUUIDPipe) id: string, @PatchBody() dto: UpdateFlagDto): Promise<FlagView> {
    return FlagView.from(await this.flags.update(id, dto));
  }
}

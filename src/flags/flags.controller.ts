import { Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { Page } from '../common/pagination.js';
import { Flag } from './flag.entity.js';
import { FlagListQueryDto, UpdateFlagDto } from './flag.dto.js';
import { FlagsService } from './flags.service.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';

@ApiTags('flags')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('flags')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get()
  list(@Query() query: FlagListQueryDto): Promise<Page<Flag>> {
    return this.flags.list(query);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @PatchBody() dto: UpdateFlagDto): Promise<Flag> {
    return this.flags.update(id, dto);
  }
}

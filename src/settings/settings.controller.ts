import { Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import type { ProgramSettings } from './program-settings.js';
import { UpdateSettingsDto } from './settings.dto.js';
import { SettingsService } from './settings.service.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';

@ApiTags('settings')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  current(): Promise<ProgramSettings> {
    return this.settings.current();
  }

  @Patch()
  update(@PatchBody() dto: UpdateSettingsDto): Promise<ProgramSettings> {
    return this.settings.update(dto);
  }
}

import { Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { UpdateSettingsDto } from './settings.dto.js';
import { SettingsView } from './settings.response.js';
import { SettingsService } from './settings.service.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';

@ApiTags('settings')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOkResponse({ type: SettingsView })
  current(): Promise<SettingsView> {
    return this.settings.current();
  }

  @Patch()
  @ApiOkResponse({ type: SettingsView, description: 'the settings as they stand after the change' })
  update(@PatchBody() dto: UpdateSettingsDto): Promise<SettingsView> {
    return this.settings.update(dto);
  }
}

import { Controller, Delete, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PatchBody } from '../common/http/patch-body.decorator.js';
import { Roles } from './auth.decorators.js';
import { ChangePasswordDto } from './auth.dto.js';
import { AccountsService } from './accounts.service.js';
import type { AccountView } from './auth.service.js';

@ApiTags('auth')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Patch(':id')
  changePassword(@Param('id') id: string, @PatchBody() dto: ChangePasswordDto): Promise<AccountView> {
    return this.accounts.changePassword(id, dto.password);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string): Promise<void> {
    return this.accounts.remove(id);
  }
}

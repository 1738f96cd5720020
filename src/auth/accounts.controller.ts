import { Controller, Delete, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PatchBody } from '../common/http/patch-body.decorator.js';
import { Roles } from './auth.decorators.js';
import { ChangePasswordDto } from './auth.dto.js';
import { AccountsService } from './accounts.service.js';
import { AccountView } from './account.response.js';

@ApiTags('auth')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Patch(':id')
  @ApiOkResponse({ type: AccountView, description: 'every token issued before stops working' })
  changePassword(@Param('id') id: string, @PatchBody() dto: ChangePasswordDto): Promise<AccountView> {
    return this.accounts.changePassword(id, dto.password);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the account is removed and its tokens stop working' })
  remove(@Param('id') id: string): Promise<void> {
    return this.accounts.remove(id);
  }
}

import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from './auth-user.js';
import { CurrentUser, Public, Roles } from './auth.decorators.js';
import { CreateAccountDto, LoginDto } from './auth.dto.js';
import { AccountView, AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Ip() client: string) {
    return this.auth.login(dto.login, dto.password, client);
  }

  @Post('accounts')
  @ApiBearerAuth()
  @Roles('coordinator')
  createAccount(@Body() dto: CreateAccountDto): Promise<AccountView> {
    return this.auth.createAccount(dto);
  }

  @Get('me')
  @ApiBearerAuth()
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }
}

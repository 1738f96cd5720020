import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
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
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.login, dto.password);
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

import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { clearAuthCookie, setAuthCookie } from './auth-cookie.js';
import type { AuthUser } from './auth-user.js';
import { CurrentUser, Public, Roles } from './auth.decorators.js';
import { CreateAccountDto, LoginDto } from './auth.dto.js';
import { AccountView, LoginView, MeView } from './account.response.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers the token for API clients and also sets it as the pages' HttpOnly session cookie. */
  @Post('auth/login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: LoginView })
  async login(@Body() dto: LoginDto, @Ip() client: string, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginView> {
    const session = await this.auth.login(dto.login, dto.password, client);
    setAuthCookie(request, response, session.accessToken, this.config.jwtTtlSeconds);
    return session;
  }

  /** Forgets the pages' session cookie; public so that an expired session can still sign out. */
  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'the session cookie is cleared' })
  logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): void {
    clearAuthCookie(request, response);
  }

  @Post('accounts')
  @ApiBearerAuth()
  @Roles('coordinator')
  @ApiCreatedResponse({ type: AccountView })
  createAccount(@Body() dto: CreateAccountDto): Promise<AccountView> {
    return this.auth.createAccount(dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeView })
  me(@CurrentUser() user: AuthUser): Promise<MeView> {
    return this.auth.me(user);
  }
}

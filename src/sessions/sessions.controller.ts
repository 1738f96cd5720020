import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page, PageQueryDto } from '../common/pagination.js';
import { CreateSessionDto, SessionListQueryDto } from './session.dto.js';
import { SessionView } from './session.response.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post('sessions')
  @Roles('tutor')
  @ApiCreatedResponse({ type: SessionView })
  async log(@Body() dto: CreateSessionDto, @CurrentUser() user: AuthUser): Promise<SessionView> {
    return SessionView.from(await this.sessions.log(dto, user));
  }

  @Get('sessions')
  @Roles('coordinator')
  @ApiOkResponse({ type: PageOf(SessionView) })
  async list(@Query() query: SessionListQueryDto): Promise<Page<SessionView>> {
    return mapPage(await this.sessions.list(query), SessionView.from);
  }

  @Get('me/sessions')
  @Roles('tutor', 'sme')
  @ApiOkResponse({ type: PageOf(SessionView), description: 'the sessions the caller logged (tutor) or that were logged for it (SME)' })
  async mine(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<SessionView>> {
    return mapPage(await this.sessions.mine(user, page), SessionView.from);
  }
}

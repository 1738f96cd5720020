import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { MentoringSession } from './mentoring-session.entity.js';
import { CreateSessionDto, SessionListQueryDto } from './session.dto.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@ApiBearerAuth()
@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post('sessions')
  @Roles('tutor')
  log(@Body() dto: CreateSessionDto, @CurrentUser() user: AuthUser): Promise<MentoringSession> {
    return this.sessions.log(dto, user);
  }

  @Get('sessions')
  @Roles('coordinator')
  list(@Query() query: SessionListQueryDto): Promise<Page<MentoringSession>> {
    return this.sessions.list(query);
  }

  @Get('me/sessions')
  @Roles('tutor', 'sme')
  mine(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<MentoringSession>> {
    return this.sessions.mine(user, page);
  }
}

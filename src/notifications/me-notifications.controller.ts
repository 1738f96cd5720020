import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';
import { PageQueryDto } from '../common/pagination.js';
import { UpdateMeDto } from './notification.dto.js';
import { MePreferencesService } from './me-preferences.service.js';
import { NotificationsService } from './notifications.service.js';

/** Every role's own messages and message preferences. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeNotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: MePreferencesService,
  ) {}

  @Patch()
  update(@CurrentUser() user: AuthUser, @PatchBody() dto: UpdateMeDto) {
    return this.preferences.update(user, dto);
  }

  @Get('notifications')
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto) {
    return this.notifications.mine(user, page);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.notifications.markRead(user, id);
  }
}

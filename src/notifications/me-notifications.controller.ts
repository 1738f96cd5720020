import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MeView } from '../auth/account.response.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PageOf } from '../common/http/page-of.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';
import { type Page, PageQueryDto } from '../common/pagination.js';
import { UpdateMeDto } from './notification.dto.js';
import { MePreferencesService } from './me-preferences.service.js';
import { InAppNotificationView } from './notification-view.js';
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
  @ApiOkResponse({ type: MeView, description: 'the caller, as `GET /api/me` answers' })
  update(@CurrentUser() user: AuthUser, @PatchBody() dto: UpdateMeDto): Promise<MeView> {
    return this.preferences.update(user, dto);
  }

  @Get('notifications')
  @ApiOkResponse({ type: PageOf(InAppNotificationView), description: 'the caller’s in-app messages, newest first' })
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<InAppNotificationView>> {
    return this.notifications.mine(user, page);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: InAppNotificationView, description: 'the message, now read' })
  read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<InAppNotificationView> {
    return this.notifications.markRead(user, id);
  }
}

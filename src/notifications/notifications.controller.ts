import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { PageOf } from '../common/http/page-of.js';
import type { Page } from '../common/pagination.js';
import { NotificationListQueryDto } from './notification.dto.js';
import { CoordinatorNotificationView } from './notification-view.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: PageOf(CoordinatorNotificationView), description: 'every message with its delivery record, newest first' })
  list(@Query() query: NotificationListQueryDto): Promise<Page<CoordinatorNotificationView>> {
    return this.notifications.list(query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: CoordinatorNotificationView, description: 'the message, queued again' })
  retry(@Param('id', ParseUUIDPipe) id: string): Promise<CoordinatorNotificationView> {
    return this.notifications.retry(id);
  }
}

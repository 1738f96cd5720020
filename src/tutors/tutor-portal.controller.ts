import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Page } from '../common/pagination.js';
import { MentoredSme, TutorPortalService } from './tutor-portal.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Roles('tutor')
@Controller('me')
export class TutorPortalController {
  constructor(private readonly portal: TutorPortalService) {}

  @Get('smes')
  smes(@CurrentUser() user: AuthUser): Promise<Page<MentoredSme>> {
    return this.portal.mySmes(user);
  }
}

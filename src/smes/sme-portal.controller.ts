import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { SmePortalService } from './sme-portal.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Roles('sme')
@Controller('me')
export class SmePortalController {
  constructor(private readonly portal: SmePortalService) {}

  @Get('mentor')
  mentor(@CurrentUser() user: AuthUser) {
    return this.portal.myMentor(user);
  }

  @Get('courses')
  courses(@CurrentUser() user: AuthUser) {
    return this.portal.myCourses(user);
  }
}

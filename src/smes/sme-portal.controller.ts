import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, TokenCheckedByRoute } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { MentorView, MyCoursesView } from './sme-portal.response.js';
import { SmePortalService } from './sme-portal.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Roles('sme')
@Controller('me')
export class SmePortalController {
  constructor(private readonly portal: SmePortalService) {}

  @Get('mentor')
  @TokenCheckedByRoute()
  @ApiOkResponse({ type: MentorView })
  async mentor(@CurrentUser() user: AuthUser): Promise<MentorView> {
    return MentorView.from(await this.portal.myMentor(user));
  }

  @Get('courses')
  @ApiOkResponse({ type: MyCoursesView })
  async courses(@CurrentUser() user: AuthUser): Promise<MyCoursesView> {
    return MyCoursesView.from(await this.portal.myCourses(user));
  }
}

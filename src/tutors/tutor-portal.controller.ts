import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page } from '../common/pagination.js';
import { MentoredSmeView } from './mentored-sme.response.js';
import { TutorPortalService } from './tutor-portal.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Roles('tutor')
@Controller('me')
export class TutorPortalController {
  constructor(private readonly portal: TutorPortalService) {}

  @Get('smes')
  @ApiOkResponse({ type: PageOf(MentoredSmeView), description: 'the caller’s current SMEs, as one page' })
  async smes(@CurrentUser() user: AuthUser): Promise<Page<MentoredSmeView>> {
    return mapPage(await this.portal.mySmes(user), MentoredSmeView.from);
  }
}

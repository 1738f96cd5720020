import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AssignmentView } from '../assignments/assignment.response.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { PageOf } from '../common/http/page-of.js';
import { mapPage, Page, PageQueryDto } from '../common/pagination.js';
import { CreateSmeDto, SmeListQueryDto, UpdateSmeDto } from './sme.dto.js';
import { CandidateQueryDto, CandidateView } from './sme-candidate.dto.js';
import { SmeCandidatesService } from './sme-candidates.service.js';
import { SmeDetailsView, SmeView } from './sme.response.js';
import { SmesService } from './smes.service.js';
import { PatchBody } from '../common/http/patch-body.decorator.js';

@ApiTags('smes')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('smes')
export class SmesController {
  constructor(
    private readonly smes: SmesService,
    private readonly candidateList: SmeCandidatesService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: SmeView })
  async create(@Body() dto: CreateSmeDto): Promise<SmeView> {
    return SmeView.from(await this.smes.create(dto));
  }

  @Get()
  @ApiOkResponse({ type: PageOf(SmeView) })
  async list(@Query() query: SmeListQueryDto): Promise<Page<SmeView>> {
    return mapPage(await this.smes.list(query), SmeView.from);
  }

  @Get(':id')
  @ApiOkResponse({ type: SmeDetailsView })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SmeDetailsView> {
    return SmeDetailsView.from(await this.smes.get(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: SmeDetailsView })
  async update(@Param('id', ParseUUIDPipe) id: string, @PatchBody() dto: UpdateSmeDto, @CurrentUser() user: AuthUser): Promise<SmeDetailsView> {
    return SmeDetailsView.from(await this.smes.update(id, dto, user));
  }

  @Get(':id/candidates')
  @ApiOkResponse({ type: PageOf(CandidateView), description: 'cheapest first, as one page' })
  candidates(@Param('id', ParseUUIDPipe) id: string, @Query() query: CandidateQueryDto): Promise<Page<CandidateView>> {
    return this.candidateList.candidates(id, query.limit);
  }

  @Get(':id/assignments')
  @ApiOkResponse({ type: PageOf(AssignmentView) })
  async history(@Param('id', ParseUUIDPipe) id: string, @Query() page: PageQueryDto): Promise<Page<AssignmentView>> {
    return mapPage(await this.smes.history(id, page), AssignmentView.from);
  }
}

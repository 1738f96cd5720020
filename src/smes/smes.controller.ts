import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Assignment } from '../assignments/assignment.entity.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Page, PageQueryDto } from '../common/pagination.js';
import { CreateSmeDto, SmeListQueryDto, UpdateSmeDto } from './sme.dto.js';
import { CandidateQueryDto, CandidateView } from './sme-candidate.dto.js';
import { SmeCandidatesService } from './sme-candidates.service.js';
import { SmeWithTutor } from './sme.repository.js';
import { SmeDetails, SmesService } from './smes.service.js';
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
  create(@Body() dto: CreateSmeDto): Promise<SmeWithTutor> {
    return this.smes.create(dto);
  }

  @Get()
  list(@Query() query: SmeListQueryDto): Promise<Page<SmeWithTutor>> {
    return this.smes.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<SmeDetails> {
    return this.smes.get(id);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @PatchBody() dto: UpdateSmeDto, @CurrentUser() user: AuthUser): Promise<SmeDetails> {
    return this.smes.update(id, dto, user);
  }

  @Get(':id/candidates')
  @ApiOkResponse({ type: CandidateView, isArray: true, description: 'as `items`, cheapest first' })
  candidates(@Param('id', ParseUUIDPipe) id: string, @Query() query: CandidateQueryDto): Promise<{ items: CandidateView[]; nextCursor: null }> {
    return this.candidateList.candidates(id, query.limit);
  }

  @Get(':id/assignments')
  history(@Param('id', ParseUUIDPipe) id: string, @Query() page: PageQueryDto): Promise<Page<Assignment>> {
    return this.smes.history(id, page);
  }
}

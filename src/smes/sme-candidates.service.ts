import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { explainPair } from '../assignments/pair-explanation.js';
import { notFound } from '../common/domain-error.js';
import { withRegionNames } from '../regions/region-names.js';
import { SettingsService } from '../settings/settings.service.js';
import { SmeCandidatesPool } from './sme-candidates.pool.js';
import { TutorRepository } from '../tutors/tutor.repository.js';
import { CandidateView, DEFAULT_CANDIDATES } from './sme-candidate.dto.js';
import { isActiveSmeStatus } from './sme-vocabulary.js';
import { SmeRepository } from './sme.repository.js';

/** The "Assign tutor" dialog's list: the cheapest feasible tutors with a free seat, over all of them. */
@Injectable()
export class SmeCandidatesService {
  constructor(
    private readonly smes: SmeRepository,
    private readonly tutors: TutorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly settings: SettingsService,
    private readonly pool: SmeCandidatesPool,
  ) {}

  async candidates(smeId: string, limit = DEFAULT_CANDIDATES): Promise<{ items: CandidateView[]; nextCursor: null }> {
    const sme = await this.smes.findById(smeId);
    if (!sme) throw notFound('SME', smeId);
    if (!isActiveSmeStatus(sme.status)) return { items: [], nextCursor: null };
    const current = await this.assignments.findActiveBySme(smeId);
    const { ranking, hasSeat } = await this.pool.current();
    const { matching } = await this.settings.current();
    const ranked = ranking
      .cheapestFor(sme, matching, limit, (t) => hasSeat(t) && ranking.tutors[t].id !== current?.tutorId)
      .map(({ tutor, cost }) => ({ tutorId: ranking.tutors[tutor].id, cost }));
    const tutors = new Map((await this.tutors.findManyWithLoad(ranked.map((r) => r.tutorId))).map((t) => [t.id, t]));
    const items = ranked.flatMap(({ tutorId, cost }) => {
      const tutor = tutors.get(tutorId);
      if (!tutor) return [];
      const { name, storeName, regencyCode, provinceCode, load, maxSmes } = tutor;
      const place = withRegionNames({ regencyCode, provinceCode });
      return [{ tutorId, name, storeName, ...place, load, maxSmes, freeSeats: maxSmes - load, cost, explanation: explainPair(tutor, sme, false) }];
    });
    return { items, nextCursor: null };
  }
}
